/**
 * The edge: Spring configuration and running the job unattended.
 * {@link org.briefing.app.BriefingJobConfiguration} wires the job's four steps in run order;
 * {@link org.briefing.app.RunPlanner} checks the arguments and computes the run's identity;
 * {@link org.briefing.app.BriefingMain} starts the application behind the output folder's lock
 * and turns start-up failures into one line and an exit code ({@link org.briefing.app.ExitCodes});
 * {@link org.briefing.app.BriefingLauncher} runs once or on a schedule, and
 * {@link org.briefing.app.RunStarter} starts, restarts or skips each run, logs its summary and
 * writes its {@code run-log.json}. The extract step runs in partitions
 * ({@link org.briefing.app.ExtractPartitions}), in threads or in worker processes
 * ({@link org.briefing.app.PartitioningConfiguration}). {@code docs/operations.md} explains the
 * whole.
 */
package org.briefing.app;
