import IaCModel
import IaCSyntax

/// IAC824: a container of an ECS task definition has no log driver.
public struct EcsContainerLoggingDisabledRule: Rule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC824",
    summary: "An ECS container has no log driver",
    url: "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_awslogs.html",
    resourceTypes: EcsContainers.taskDefinitions + [EcsContainers.l1],
    documentation: SolutionsDocumentation.page(
      code: "IAC824",
      whatItDoes: """
        Finds containers of ECS task definitions without a log driver: a `task.add_container(...)` or an
        `ecs.ContainerDefinition(task_definition=task, ...)` without `logging`, and an entry of an
        `ecs.CfnTaskDefinition`'s `container_definitions` without a `log_configuration` that names a `log_driver`.
        The finding is reported on the task definition, as cdk-nag does, at the container. Containers with hidden
        options (`**options`, a spread) and containers the file cannot show (added by code of your own, or by an
        `ecs_patterns` construct, which turns logging on) are not judged.
        """,
      why: """
        Without a log driver, what the container writes to standard output and standard error is kept only on the
        host, for a Fargate task not at all: when the task stops, the record of why is gone.
        """,
      example: """
        task.add_container("app", image=image)
        """,
      useInstead: """
        task.add_container("app", image=image, logging=ecs.LogDrivers.aws_logs(stream_prefix="app"))
        """,
      references: [
        (
          title: "Send Amazon ECS logs to CloudWatch",
          url: "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_awslogs.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  public func check(_ resource: Resource, in model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    guard !resource.isCDKv1 else { return }
    let path = model.file.path
    if resource.type.fqn == EcsContainers.l1 {
      for container in EcsContainers.l1Containers(of: resource) {
        if let configuration = container.entry("logConfiguration") {
          guard Self.lacksDriver(configuration.value) else { continue }
          let message = "The container has no log driver: `log_configuration` names no `log_driver`"
          diagnostics.append(Self.description.diagnostic(path: path, range: configuration.range, message: message))
        } else {
          let message = "The container has no log driver: `log_configuration` is not set"
          diagnostics.append(Self.description.diagnostic(path: path, range: container.range, message: message))
        }
      }
    } else if EcsContainers.taskDefinitions.contains(resource.type.fqn) {
      for container in EcsContainers(model: model).containers(of: resource) {
        if let logging = container.option("logging") {
          guard case .null = logging.value.kind else { continue }
          let message = "The container has no log driver: `logging` is `None`"
          diagnostics.append(Self.description.diagnostic(path: path, range: logging.range, message: message))
        } else if !container.hasHiddenOptions {
          let message = "The container has no log driver: `logging` is not set"
          diagnostics.append(Self.description.diagnostic(path: path, range: container.range, message: message))
        }
      }
    }
  }

  /// Whether an L1 log configuration certainly names no log driver.
  static func lacksDriver(_ configuration: Value) -> Bool {
    switch configuration.kind {
    case .null: return true
    case .object:
      guard let driver = configuration.entry("logDriver") else { return true }
      if case .null = driver.value.kind { return true }
      return false
    default: return false
    }
  }

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_ecs as ecs

      task = ecs.FargateTaskDefinition(self, "Task")
      task.↓add_container("app", image=image, environment={"LOGGING": "off"})
      ↓ecs.ContainerDefinition(self, "Sidecar", task_definition=task, image=image)
      ecs.CfnTaskDefinition(
          self,
          "Raw",
          container_definitions=[↓ecs.CfnTaskDefinition.ContainerDefinitionProperty(name="app", image="nginx")],
      )
      """
    ),
    Example(
      """
      import * as ecs from 'aws-cdk-lib/aws-ecs';

      const task = new ecs.Ec2TaskDefinition(this, 'Task');
      task.↓addContainer('app', { image, memoryLimitMiB: 256 });
      new ecs.TaskDefinition(this, 'Chained', { compatibility: ecs.Compatibility.EC2 }).↓addContainer('app', { image });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_ecs as ecs

      task = ecs.FargateTaskDefinition(self, "Task")
      # task.add_container("old", image=image)
      logs = ecs.LogDrivers.aws_logs(stream_prefix="app")
      task.add_container("app", image=image, logging=logs)
      task.add_container("routed", image=image, logging=log_driver_for("routed"))
      task.add_container("hidden", image=image, **container_options)
      ecs.ContainerDefinition(self, "Sidecar", task_definition=task, image=image, logging=ecs.LogDriver.aws_logs(stream_prefix="s"))
      ecs.CfnTaskDefinition(
          self,
          "Raw",
          container_definitions=[
              ecs.CfnTaskDefinition.ContainerDefinitionProperty(
                  name="app",
                  image="nginx",
                  log_configuration=ecs.CfnTaskDefinition.LogConfigurationProperty(log_driver="awslogs"),
              )
          ],
      )
      """
    ),
    Example(
      """
      import * as ecs from 'aws-cdk-lib/aws-ecs';

      const task = new ecs.FargateTaskDefinition(this, 'Task');
      task.addContainer('app', { image, logging: ecs.LogDrivers.awsLogs({ streamPrefix: 'app' }) });
      task.addContainer('shared', containerOptions);
      task.addContainer('spread', { ...baseOptions, image });
      """
    ),
  ]
}
