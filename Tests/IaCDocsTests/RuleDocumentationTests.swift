import IaCDocs
import IaCModel
import IaCRules
import Testing

/// Every rule's documentation has the sections the docs format requires (as ruff's `check_docs_formatted.py`).
@Suite struct RuleDocumentationTests {
  static let codes = RuleRegistry.shared.rules.map { $0.description.code }

  static func description(_ code: String) -> RuleDescription {
    RuleRegistry.shared.rule(forCodeOrName: code)!.description
  }

  @Test(arguments: codes)
  func documentationHasRequiredSectionsInOrder(code: String) {
    let documentation = "\n" + Self.description(code).documentation
    var searchFrom = documentation.startIndex
    for section in ["## What it does", "## Why is this bad?", "## Example", "Use instead:", "## References"] {
      guard let found = documentation.range(of: lineStarting(section), range: searchFrom..<documentation.endIndex)
      else {
        Issue.record("\(code): documentation has no line starting `\(section)` after the previous section")
        return
      }
      searchFrom = documentation.index(after: found.lowerBound)
    }
  }

  @Test(arguments: codes)
  func referencesLinkToProviderDocumentation(code: String) throws {
    let documentation = Self.description(code).documentation
    let references = try #require(section("## References", of: documentation), "\(code) has no References")
    let hosts = ["https://docs.aws.amazon.com/", "https://www.pulumi.com/", "https://registry.terraform.io/"]
    #expect(
      hosts.contains { references.contains("](\($0)") },
      "\(code): References should link to docs.aws.amazon.com, pulumi.com or registry.terraform.io"
    )
  }

  @Test(arguments: codes)
  func hasTriggeringAndNonTriggeringExamples(code: String) {
    let description = Self.description(code)
    #expect(!description.triggeringExamples.isEmpty, "\(code) has no triggering example")
    #expect(!description.nonTriggeringExamples.isEmpty, "\(code) has no non-triggering example")
  }

  @Test(arguments: codes)
  func pageRendersWithoutRawHTMLOrLeftoverMarkers(code: String) {
    let page = RuleDocumentation.markdown(for: Self.description(code))
    #expect(!page.contains(Example.marker), "\(code): a `↓` marker was left in the page")
    #expect(!HTMLMarkdown.render(page).contains("raw HTML omitted"), "\(code): the page contains raw HTML")
  }

  @Test func generatedSectionsStripMarkersAndNameNonDefaultPaths() {
    let description = RuleDescription(
      code: "IAC999",
      name: "test-rule",
      summary: "A rule for this test",
      severity: .warning,
      frameworks: [.cdk],
      fixAvailability: .always,
      url: "https://docs.aws.amazon.com/",
      documentation: "## What it does\nNothing.\n",
      triggeringExamples: [
        Example("x = ↓bad()\n"),
        Example(#"{"app": ↓"python3 app.py"}"#, path: "cdk.json", files: ["lib/a.py": "import aws_cdk\n"]),
      ],
      nonTriggeringExamples: [Example("const x = good();", path: "bin/app.ts")],
      corrections: [Correction(Example("x = bad()"), "x = good()")]
    )
    #expect(RuleDocumentation.markdown(for: description) == """
      # test-rule (IAC999)

      A rule for this test.

      - Severity: warning
      - Languages: Python, TypeScript
      - Frameworks: AWS CDK
      - Scope: file
      - Fix: always available

      ## What it does
      Nothing.

      ## Examples that trigger

      ```python
      x = bad()
      ```

      `cdk.json`, in a project with `lib/a.py`:
      ```json
      {"app": "python3 app.py"}
      ```

      `lib/a.py` in that project:
      ```python
      import aws_cdk
      ```

      ## Examples that do not trigger

      `bin/app.ts`:
      ```ts
      const x = good();
      ```

      ## Fix examples

      Before:
      ```python
      x = bad()
      ```

      After:
      ```python
      x = good()
      ```

      """)
  }

  @Test func fenceIsLongerThanBackticksInTheCode() {
    let description = RuleDescription(
      code: "IAC998",
      name: "fence-rule",
      summary: "Fences",
      severity: .info,
      frameworks: [.pulumi],
      fixAvailability: .none,
      url: "https://www.pulumi.com/",
      documentation: "",
      triggeringExamples: [Example("const s = `a ```` b`;", path: "index.ts")],
      nonTriggeringExamples: []
    )
    #expect(RuleDocumentation.markdown(for: description).contains("\n`````ts\nconst s = `a ```` b`;\n`````\n"))
  }

  /// The text of a `## ` section, up to the next `## ` heading.
  func section(_ heading: String, of markdown: String) -> Substring? {
    let markdown = "\n" + markdown
    guard let start = markdown.range(of: lineStarting(heading)) else { return nil }
    let rest = markdown[start.upperBound...]
    return rest.range(of: "\n## ").map { rest[..<$0.lowerBound] } ?? rest
  }

  /// A pattern for `text` at the start of a line (search in the text with a newline prepended); headings must
  /// fill the line, so `## Example` does not match `## Examples that trigger`.
  func lineStarting(_ text: String) -> String {
    "\n" + text + (text.hasPrefix("## ") ? "\n" : "")
  }
}
