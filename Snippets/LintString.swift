// Lints a CDK stack held in a string and prints each finding with its fix.

import IaCLinter
import IaCRules
import IaCSyntax

let source = """
  from aws_cdk import aws_cloudfront_origins as origins, aws_lambda as lambda_

  origin = origins.S3Origin(website_bucket)
  log_group = lambda_.LogGroup(self, "Logs")
  """

let file = SourceFile(path: "lib/stack.py", text: source)
let linter = Linter()
for diagnostic in linter.check(file) {
  let (line, column) = file.lineTable.location(of: diagnostic.range.start)
  print("\(file.path):\(line + 1):\(column + 1): \(diagnostic.code) \(diagnostic.message)")
  if let fix = diagnostic.fix {
    print("  fix (\(fix.applicability.rawValue)): \(fix.title)")
  }
}

// snippet.hide
let fixed = linter.fix(file)
print(String(decoding: fixed.bytes, as: UTF8.self))
