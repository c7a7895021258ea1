import IaCModel
import IaCSyntax

/// IAC822: a container of an ECS task definition gets plain environment variables.
public struct EcsTaskDefinitionEnvironmentVariablesRule: Rule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC822",
    summary: "An ECS container gets plain environment variables",
    url: "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html",
    resourceTypes: EcsContainers.taskDefinitions + [EcsContainers.l1],
    documentation: SolutionsDocumentation.page(
      code: "IAC822",
      whatItDoes: """
        Finds containers of ECS task definitions that are given environment variables in plain text: a
        `task.add_container(...)` or an `ecs.ContainerDefinition(task_definition=task, ...)` with a non-empty
        `environment`, a container on which `add_environment(...)` is called, and an entry of an
        `ecs.CfnTaskDefinition`'s `container_definitions` that writes `environment`. The finding is reported on the
        task definition, as cdk-nag does, at the `environment` argument. Containers the file cannot show (added by
        code of your own, or by an `ecs_patterns` construct from its `task_image_options`) are not judged, nor is an
        `environment` iaclsp cannot evaluate.
        """,
      why: """
        Environment variables are part of the task definition: anyone allowed to describe task definitions, and
        every copy of the template, can read them. Passwords, tokens and keys belong in `secrets`, which ECS reads from
        Secrets Manager or Parameter Store when the task starts. cdk-nag reports any variable, since it cannot tell
        which are secret; suppress the finding where the values are not.
        """,
      example: """
        task.add_container("app", image=image, environment={"DB_PASSWORD": password})
        """,
      useInstead: """
        task.add_container("app", image=image, secrets={"DB_PASSWORD": ecs.Secret.from_secrets_manager(db_secret)})
        """,
      references: [
        (
          title: "Pass sensitive data to an Amazon ECS container",
          url: "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  public func check(_ resource: Resource, in model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    guard !resource.isCDKv1 else { return }
    let message = "The container gets plain environment variables: pass sensitive values as `secrets`"
    var ranges: [TextRange] = []
    if resource.type.fqn == EcsContainers.l1 {
      for container in EcsContainers.l1Containers(of: resource) {
        guard let environment = container.entry("environment") else { continue }
        if case .null = environment.value.kind { continue }
        ranges.append(environment.range)
      }
    } else if EcsContainers.taskDefinitions.contains(resource.type.fqn) {
      for container in EcsContainers(model: model).containers(of: resource) {
        if let environment = container.option("environment"), !(environment.value.entries ?? []).isEmpty {
          ranges.append(environment.range)
        } else if let call = container.environmentCalls.first {
          ranges.append(call)
        }
      }
    }
    for range in ranges {
      diagnostics.append(Self.description.diagnostic(path: model.file.path, range: range, message: message))
    }
  }

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_ecs as ecs

      task = ecs.FargateTaskDefinition(self, "Task")
      task.add_container("app", image=image, ↓environment={"STAGE": "prod"})
      worker = task.add_container("worker", image=image)
      ↓worker.add_environment("MODE", "batch")
      """
    ),
    Example(
      """
      from aws_cdk import aws_ecs as ecs

      settings = {"LOG_LEVEL": "debug"}
      task = ecs.Ec2TaskDefinition(self, "Task")
      ecs.ContainerDefinition(self, "App", task_definition=task, image=image, memory_limit_mib=256, ↓environment=settings)
      ecs.CfnTaskDefinition(
          self,
          "Raw",
          container_definitions=[
              ecs.CfnTaskDefinition.ContainerDefinitionProperty(
                  name="app", image="nginx", ↓environment=[ecs.CfnTaskDefinition.KeyValuePairProperty(name="A", value="1")]
              )
          ],
      )
      """
    ),
    Example(
      """
      import * as ecs from 'aws-cdk-lib/aws-ecs';

      const task = new ecs.FargateTaskDefinition(this, 'Task');
      task.addContainer('app', { image, ↓environment: { STAGE: 'prod' } });
      new ecs.Ec2TaskDefinition(this, 'Chained').addContainer('app', { image, ↓environment: { A: '1' } });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_ecs as ecs

      task = ecs.FargateTaskDefinition(self, "Task")
      # task.add_container("old", image=image, environment={"STAGE": "prod"})
      task.add_container("app", image=image, secrets={"TOKEN": ecs.Secret.from_secrets_manager(secret)})
      task.add_container("empty", image=image, environment={})
      task.add_container("configured", image=image, environment=load_environment())
      task.add_container("hidden", **container_options)
      other = ecs.FargateTaskDefinition(self, "Other")
      other.add_container("app", image=image, logging=ecs.LogDrivers.aws_logs(stream_prefix="environment"))
      """
    ),
    Example(
      """
      import * as ecs from 'aws-cdk-lib/aws-ecs';

      const task = new ecs.FargateTaskDefinition(this, 'Task');
      task.addContainer('app', { image, secrets: { TOKEN: ecs.Secret.fromSecretsManager(secret) } });
      task.addContainer('shared', { ...baseOptions, image });
      """
    ),
  ]
}
