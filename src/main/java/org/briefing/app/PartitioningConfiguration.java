package org.briefing.app;

import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.integration.partition.BeanFactoryStepLocator;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.core.MessagingTemplate;

/**
 * Who runs the extract step's partitions, by {@code briefing.partitioning}:
 * <ul>
 * <li>{@code local} (the default): threads of this process, {@code briefing.threads} of them;</li>
 * <li>{@code manager}: worker processes, reached through a RabbitMQ queue. Spring Batch's
 * {@link MessageChannelPartitionHandler} sends one request per partition and polls the shared job
 * repository (PostgreSQL) until every partition's step execution has ended;</li>
 * <li>{@code worker}: this process runs no job of its own; it takes partition requests from the
 * queue, one at a time per thread, and runs them with {@link StepExecutionRequestHandler}.</li>
 * </ul>
 * The job and its partition step are the same in every mode; only the partition handler changes.
 * Spring Batch's remote partitioning step builders would build a second definition of the step
 * for each side, and need Spring Integration's AMQP module, whose current release depends on a
 * client library that Maven Central does not serve; the queue is bridged with Spring AMQP here.
 */
@Configuration(proxyBeanMethods = false)
class PartitioningConfiguration {

    /** The queue of partition requests: durable, so requests wait for a worker to start. */
    static final String REQUESTS = "briefing.extract.requests";

    static final String WORKER_STEP = "extractPartitionStep";

    private static final Logger logger = LoggerFactory.getLogger(PartitioningConfiguration.class);

    /** Threads of this process; also the handler of a worker's job definition, which a worker never starts. */
    @Bean
    @ConditionalOnExpression("'${briefing.partitioning:local}' != 'manager'")
    PartitionHandler localPartitionHandler(Step extractPartitionStep, BriefingProperties properties) {
        TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
        handler.setStep(extractPartitionStep);
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("extract-");
        executor.setConcurrencyLimit(properties.extractThreads());
        handler.setTaskExecutor(executor);
        handler.setGridSize(properties.extractThreads());
        return handler;
    }

    @Bean
    @ConditionalOnProperty(name = "briefing.partitioning", havingValue = "manager")
    PartitionHandler remotePartitionHandler(RabbitTemplate rabbit, JobRepository jobRepository,
            BriefingProperties properties) {
        DirectChannel requests = new DirectChannel();
        requests.subscribe((message) -> rabbit.send(REQUESTS, encode((StepExecutionRequest) message.getPayload())));
        MessageChannelPartitionHandler handler = new MessageChannelPartitionHandler();
        handler.setMessagingOperations(new MessagingTemplate(requests));
        handler.setJobRepository(jobRepository);
        handler.setPollInterval(250);
        handler.setStepName(WORKER_STEP);
        handler.setGridSize(properties.extractThreads());
        return handler;
    }

    @Bean
    @ConditionalOnExpression("'${briefing.partitioning:local}' == 'manager' or '${briefing.partitioning:local}' == 'worker'")
    Queue extractRequests() {
        return new Queue(REQUESTS, true);
    }

    @Bean
    @ConditionalOnProperty(name = "briefing.partitioning", havingValue = "worker")
    SimpleMessageListenerContainer extractWorker(ConnectionFactory connectionFactory, JobRepository jobRepository,
            BeanFactory beanFactory, BriefingProperties properties) {
        BeanFactoryStepLocator locator = new BeanFactoryStepLocator();
        locator.setBeanFactory(beanFactory);
        StepExecutionRequestHandler handler = new StepExecutionRequestHandler();
        handler.setStepLocator(locator);
        handler.setJobRepository(jobRepository);
        SimpleMessageListenerContainer container = new SimpleMessageListenerContainer(connectionFactory);
        container.setQueueNames(REQUESTS);
        container.setPrefetchCount(1);
        container.setConcurrentConsumers(properties.extractThreads());
        container.setMessageListener((Message message) -> {
            StepExecutionRequest request = decode(message);
            logger.info("worker: running {} (step execution {})", request.getStepName(), request.getStepExecutionId());
            handler.handle(request);
        });
        return container;
    }

    /** A request as text, {@code STEP STEP-EXECUTION-ID}: no Java serialization crosses the broker. */
    static Message encode(StepExecutionRequest request) {
        MessageProperties properties = new MessageProperties();
        properties.setContentType(MessageProperties.CONTENT_TYPE_TEXT_PLAIN);
        properties.setDeliveryMode(org.springframework.amqp.core.MessageDeliveryMode.PERSISTENT);
        return new Message((request.getStepName() + " " + request.getStepExecutionId()).getBytes(StandardCharsets.UTF_8),
                properties);
    }

    static StepExecutionRequest decode(Message message) {
        String[] parts = new String(message.getBody(), StandardCharsets.UTF_8).trim().split(" ");
        if (parts.length != 2 || !parts[0].equals(WORKER_STEP)) {
            throw new IllegalArgumentException("not a partition request: " + String.join(" ", parts));
        }
        return new StepExecutionRequest(parts[0], Long.parseLong(parts[1]));
    }
}
