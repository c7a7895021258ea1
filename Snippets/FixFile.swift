// Applies iaclsp's safe fixes to a TypeScript stack in memory and prints the result.

import IaCLinter
import IaCSyntax

let stack = """
  import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
  import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';

  const origin = new origins.S3Origin(bucket);
  alarm.addAlarmAction(new cloudwatch.SnsAction(topic));
  """

let outcome = Linter().fix(SourceFile(path: "lib/stack.ts", text: stack))
print(String(decoding: outcome.bytes, as: UTF8.self))
print("Fixed \(outcome.fixed.count) findings; \(outcome.remaining.count) remain.")
