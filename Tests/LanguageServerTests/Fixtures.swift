import Foundation

/// Test sources. Lines carry multi-byte and astral characters so that position bugs show.
enum Fixtures {
  static let cdkJSON = #"{"app": "python3 app.py"}"# + "\n"
  static let app = "import aws_cdk as cdk\nfrom lib.stack import SiteStack\n\napp = cdk.App()\nSiteStack(app, \"Site\")\napp.synth()\n"

  /// IAC101 at 1️⃣…2️⃣ after emoji, `s3.Bucket` at 3️⃣.
  static let stack = """
    import aws_cdk.aws_cloudfront_origins as origins
    from aws_cdk import aws_s3 as s3

    # 🎉🚀 notes: ünïcödé 𝒜
    label = "🪣 bucket"; origin = 1️⃣origins.S3Origin2️⃣(bucket, origin_access_identity=identity)
    site = s3.3️⃣Bucket(self, "Site")  # ✅ fine
    """

  /// A project with `cdk.json`, `app.py` and `lib/stack.py` (without markers).
  static func project() throws -> TemporaryProject {
    try TemporaryProject([
      "cdk.json": cdkJSON,
      "app.py": app,
      "lib/__init__.py": "",
      "lib/stack.py": DocumentPositions(markedText: stack, encoding: .utf8).text,
    ])
  }
}
