package org.briefing.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The settings of the stage benchmarks, which JMH takes from this superclass: throughput per
 * second on one thread, 30 s of warm-up (with 15 s the extractor's score still rose during the
 * measured iterations), and three forks, because the JIT compiles a stage differently from one
 * JVM to the next (one fork's score moved by 3-4 % from run to run).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 3, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
@Threads(1)
abstract class OneThreadBenchmark {
}
