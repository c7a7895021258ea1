import IaCModel
import IaCSyntax

/// IAC842: an SQS queue has no dead-letter queue and is not itself one.
public struct SqsQueueWithoutDlqRule: Rule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC842",
    summary: "An SQS queue has no dead-letter queue",
    url: "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html",
    resourceTypes: ["aws-cdk-lib.aws_sqs.Queue"],
    documentation: SolutionsDocumentation.page(
      code: "IAC842",
      whatItDoes: """
        Finds `sqs.Queue` constructs without `dead_letter_queue` that are not themselves a dead-letter queue: no queue
        or Lambda function of the file names them in its `dead_letter_queue`. A queue is also taken to be a
        dead-letter queue, and is not reported, when the file passes it as a `dead_letter_queue` argument of any
        call (an EventBridge target's, a Step Functions task's), is an event source's failure destination
        (`on_failure=SqsDlq(queue)`), or is handed to code of the project iaclsp does not
        follow (a function or construct of your own), which may make it one. Queues with hidden props (`**kwargs`,
        a spread) are not reported.

        cdk-nag exempts only the dead-letter queues of queues and functions in the stack; the dead-letter queue of
        an EventBridge target, of a subscription or of an event source mapping is reported there, and not here.
        """,
      why: """
        A message that cannot be processed returns to the queue again and again, blocking or slowing the work behind
        it, until it expires and is lost. A dead-letter queue sets such messages aside after a few attempts, where
        they can be inspected and replayed.
        """,
      example: """
        sqs.Queue(self, "Jobs")
        """,
      useInstead: """
        dlq = sqs.Queue(self, "JobsDlq")
        sqs.Queue(self, "Jobs", dead_letter_queue=sqs.DeadLetterQueue(queue=dlq, max_receive_count=5))
        """,
      references: [
        (
          title: "Amazon SQS dead-letter queues",
          url: "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  public func check(_ resource: Resource, in model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    guard !resource.isCDKv1, resource.type.fqn == "aws-cdk-lib.aws_sqs.Queue" else { return }
    guard resource.isCertainlyUnset("deadLetterQueue"), !isDeadLetterQueue(resource, in: model) else { return }
    diagnostics.append(
      Self.description.diagnostic(
        path: model.file.path,
        range: resource.calleeRange,
        message: "The queue has no dead-letter queue: `dead_letter_queue` is not set, and no queue or function uses it as one"
      )
    )
  }

  /// Whether the file uses the queue as a dead-letter queue, or may: a resource's `deadLetterQueue` prop names it, a
  /// `dead_letter_queue` argument of any call names it, or it is handed to a call the catalogue does not know.
  func isDeadLetterQueue(_ queue: Resource, in model: FileModel) -> Bool {
    for referrer in queue.referencedBy {
      if let prop = model.resources[referrer].prop("deadLetterQueue"), Self.mentions(prop.value, queue.index) {
        return true
      }
    }
    let file = model.file
    var uses = Set(queue.calls.filter { $0.role == .argument }.map(\.call))
    // TypeScript passes resources inside props objects (`{ deadLetterQueue: dlq }`), which are not arguments.
    if file.language == .typescript {
      for (index, call) in file.calls.enumerated() where !uses.contains(index) && index != queue.call {
        if call.properties.contains(where: { Self.mentions(model.value(of: $0), queue.index) }) { uses.insert(index) }
      }
    }
    for use in uses.sorted() {
      let call = file.calls[use]
      // An event source's failure destination (`on_failure=SqsDlq(queue)`) is a dead-letter queue too.
      if call.callee?.last.name == "SqsDlq" { return true }
      for argument in call.arguments + call.properties where argument.label.map({ Self.isDlqLabel($0.name) }) ?? false {
        if Self.mentions(model.value(of: argument), queue.index) { return true }
      }
      if APICatalog.shared.constructor(of: call, in: file) == nil, !Self.isCatalogueMethod(call, in: file) {
        return true
      }
    }
    return false
  }

  static func isDlqLabel(_ name: String) -> Bool {
    let key = PropName.fold(name)
    return key == "deadletterqueue" || key == "dlq" || key == "onfailure"
  }

  /// Whether a call is a method of a catalogued construct or type (`fn.add_event_source(...)`, `Tags.of(...)`):
  /// its callee's head is an imported catalogued name, or the receiver is a resource of the file.
  static func isCatalogueMethod(_ call: Call, in file: SourceFile) -> Bool {
    guard let callee = call.callee else { return false }
    if callee.parts.count >= 2, APICatalog.shared.symbol(for: callee, through: 0, in: file) != nil { return true }
    return false
  }

  /// Whether a value names the resource, directly or inside lists, objects and factory arguments.
  static func mentions(_ value: Value, _ index: Int) -> Bool {
    switch value.kind {
    case .resource(let found): return found == index
    case .list(let values): return values.contains { mentions($0, index) }
    case .object(_, let entries): return entries.contains { mentions($0.value, index) }
    case .factory(_, _, let arguments): return arguments.contains { mentions($0.value, index) }
    default: return false
    }
  }

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_sqs as sqs

      ↓sqs.Queue(self, "Jobs", enforce_ssl=True)
      """
    ),
    Example(
      """
      import * as sqs from 'aws-cdk-lib/aws-sqs';
      import * as lambda from 'aws-cdk-lib/aws-lambda';
      import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';

      const jobs = ↓new sqs.Queue(this, 'Jobs');
      worker.addEventSource(new SqsEventSource(jobs));
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_sqs as sqs

      dlq = sqs.Queue(self, "JobsDlq", dead_letter_queue=other)
      sqs.Queue(self, "Jobs", dead_letter_queue=sqs.DeadLetterQueue(queue=dlq, max_receive_count=5))
      """
    ),
    Example(
      """
      from aws_cdk import aws_lambda as lambda_, aws_sqs as sqs

      failures = sqs.Queue(self, "Failures", dead_letter_queue=shared)
      lambda_.Function(self, "Fn", runtime=runtime, handler="h", code=code, dead_letter_queue=failures)
      sqs.Queue(self, "Hidden", **queue_props)
      """
    ),
    Example(
      """
      import * as sqs from 'aws-cdk-lib/aws-sqs';
      import * as targets from 'aws-cdk-lib/aws-events-targets';
      import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';

      const failed = new sqs.Queue(this, 'Failed');
      rule.addTarget(new targets.LambdaFunction(fn, { deadLetterQueue: failed }));
      const streamFailures = new sqs.Queue(this, 'StreamFailures');
      fn.addEventSource(new DynamoEventSource(table, { onFailure: new SqsDlq(streamFailures) }));
      const handedOn = new sqs.Queue(this, 'HandedOn');
      new Worker(this, 'Worker', { dlq: handedOn });
      """
    ),
  ]
}
