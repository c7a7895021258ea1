import IaCModel
import IaCSyntax

/// The containers of an ECS task definition that the file shows, for the ECS rules of the AWS Solutions pack: those
/// added with `task.add_container(...)` and the `ecs.ContainerDefinition(task_definition=task, ...)` constructs.
/// An L1 `ecs.CfnTaskDefinition` lists its containers in `container_definitions` instead (see ``l1Containers``).
struct EcsContainers {
  /// One container and where its options are written.
  struct Container {
    /// Where a finding about the whole container goes: the `add_container` name, or the construct's callee.
    var range: TextRange
    /// The options as written (keyword arguments, object literal properties, or the construct's props).
    var options: [(name: String, range: TextRange, value: Value)]
    /// Some options cannot be seen (`**options`, a spread, an options object iaclsp cannot follow).
    var hasHiddenOptions: Bool
    /// The `add_environment(...)` calls made on the container afterwards.
    var environmentCalls: [TextRange]

    func option(_ name: String) -> (name: String, range: TextRange, value: Value)? {
      let key = PropName.fold(name)
      return options.first { PropName.fold($0.name) == key }
    }
  }

  /// The task definition constructs (L2) whose containers are judged.
  static let taskDefinitions = [
    "aws-cdk-lib.aws_ecs.TaskDefinition",
    "aws-cdk-lib.aws_ecs.FargateTaskDefinition",
    "aws-cdk-lib.aws_ecs.Ec2TaskDefinition",
    "aws-cdk-lib.aws_ecs.ExternalTaskDefinition",
  ]
  static let l1 = "aws-cdk-lib.aws_ecs.CfnTaskDefinition"
  static let containerDefinition = "aws-cdk-lib.aws_ecs.ContainerDefinition"

  let model: FileModel

  /// The containers the file adds to `task`, in source order.
  func containers(of task: Resource) -> [Container] {
    let file = model.file
    let reader = ValueReader(file)
    var found: [Container] = []
    // `task.add_container(...)`, and `ecs.TaskDefinition(...).add_container(...)` on the new construct itself.
    var adds = task.methodCalls("addContainer").map(\.call)
    for (index, call) in file.calls.enumerated() where call.receiverCall == task.call && !adds.contains(index) {
      if let callee = call.callee, PropName.matches(callee.last.name, "addcontainer") { adds.append(index) }
    }
    for add in adds {
      let call = file.calls[add]
      guard let callee = call.callee else { continue }
      var options: [(name: String, range: TextRange, value: Value)] = []
      if file.language == .python {
        for argument in call.arguments where argument.label != nil && !argument.isSpread {
          options.append((argument.label!.name, argument.range, model.value(of: argument)))
        }
      } else if call.positional.count >= 2, let properties = reader.properties(call.positional[1].valueTokens) {
        for property in properties where property.label != nil && !property.isSpread {
          options.append((property.label!.name, property.range, model.value(of: property)))
        }
      }
      let hidden = reader.hasHiddenArguments(call, optionsIndex: 1)
        || (file.language == .typescript && call.positional.count < 2)
      found.append(
        Container(
          range: callee.last.range,
          options: options,
          hasHiddenOptions: hidden,
          environmentCalls: environmentCalls(onResultOf: add)
        )
      )
    }
    for index in task.referencedBy {
      let container = model.resources[index]
      guard container.type.fqn == Self.containerDefinition, !container.isCDKv1,
        container.prop("taskDefinition")?.value.resource == task.index else { continue }
      let environment = container.methodCalls("addEnvironment").map { file.calls[$0.call].range }
      found.append(
        Container(
          range: container.calleeRange,
          options: container.props.map { ($0.name, $0.argument.range, $0.value) },
          hasHiddenOptions: container.hasHiddenProps,
          environmentCalls: environment
        )
      )
    }
    return found.sorted { $0.range.start < $1.range.start }
  }

  /// The `add_environment` calls on the variable the result of call `index` is bound to.
  func environmentCalls(onResultOf index: Int) -> [TextRange] {
    let file = model.file
    let targets = Set(file.assignments.filter { $0.valueCall == index }.map(\.target))
    guard !targets.isEmpty else { return [] }
    var ranges: [TextRange] = []
    for call in file.calls {
      guard let callee = call.callee, callee.parts.count >= 2, !callee.hasReceiverExpression,
        PropName.matches(callee.last.name, "addenvironment") else { continue }
      let receiver = callee.parts.dropLast().map(\.name).joined(separator: ".")
      if targets.contains(receiver) { ranges.append(call.range) }
    }
    return ranges
  }

  /// The container definitions of an L1 task definition that are written as objects.
  static func l1Containers(of task: Resource) -> [Value] {
    guard let list = task.prop("containerDefinitions")?.value.elements else { return [] }
    return list.filter { if case .object = $0.kind { return true } else { return false } }
  }
}
