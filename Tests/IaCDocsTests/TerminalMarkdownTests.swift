import IaCDocs
import Testing

@Suite struct TerminalMarkdownTests {
  @Test func headingsAreUnderlined() {
    #expect(TerminalMarkdown.render("# Title\n\n## What it does\n\n### Detail\nText.") == """
      Title
      =====

      What it does
      ------------

      Detail
      ------

      Text.

      """)
  }

  @Test func paragraphsWrapAtTheWidth() {
    let markdown = "The CDK CLI reads `cdk.json` to learn how to run the app. Without it,\n`cdk synth` stops."
    #expect(TerminalMarkdown.render(markdown, width: 30) == """
      The CDK CLI reads `cdk.json`
      to learn how to run the app.
      Without it, `cdk synth` stops.

      """)
    #expect(TerminalMarkdown.render(markdown) == """
      The CDK CLI reads `cdk.json` to learn how to run the app. Without it, `cdk synth` stops.

      """)
  }

  @Test func codeSpansStayOnOneLineUnlessWiderThanTheLine() {
    let markdown = "Finds origins built with `new origins.S3Origin(bucket)` in TypeScript."
    #expect(TerminalMarkdown.render(markdown, width: 40) == """
      Finds origins built with
      `new origins.S3Origin(bucket)` in
      TypeScript.

      """)
    #expect(TerminalMarkdown.render("Stops with `--app is required either in command-line`.", width: 24) == """
      Stops with `--app is
      required either in
      command-line`.

      """)
  }

  @Test func aWordLongerThanTheWidthStandsAlone() {
    #expect(TerminalMarkdown.render("see https://docs.aws.amazon.com/cdk/v2/guide/home.html now", width: 20) == """
      see
      https://docs.aws.amazon.com/cdk/v2/guide/home.html
      now

      """)
  }

  @Test func hardBreaksStartANewLine() {
    #expect(TerminalMarkdown.render("one  \ntwo\\\nthree") == "one\ntwo\nthree\n")
  }

  @Test func tightAndNestedListsAreIndented() {
    let markdown = """
      - first item that is long enough to wrap
      - second
        - nested one
        - nested two
      - third
      """
    #expect(TerminalMarkdown.render(markdown, width: 24) == """
      - first item that is
        long enough to wrap
      - second
        - nested one
        - nested two
      - third

      """)
  }

  @Test func orderedListsKeepTheirNumbersAndAlignContinuations() {
    let markdown = "8. eight\n9. nine\n10. ten with more words\n"
    #expect(TerminalMarkdown.render(markdown, width: 20) == """
      8.  eight
      9.  nine
      10. ten with more
          words

      """)
    #expect(TerminalMarkdown.render("3) three\n4) four") == "3) three\n4) four\n")
  }

  @Test func looseListsKeepBlankLinesBetweenItems() {
    #expect(TerminalMarkdown.render("- a\n\n- b\n\n  more b\n\nAfter.") == """
      - a

      - b

        more b

      After.

      """)
  }

  @Test func codeBlocksAreIndentedByFourSpacesAndNotWrapped() {
    let markdown = """
      Use instead:
      ```python
      origin = origins.S3BucketOrigin.with_origin_access_control(website_bucket, origin_path="/site")

      app.synth()
      ```
      - item

            indented code in an item
      """
    #expect(TerminalMarkdown.render(markdown, width: 40) == """
      Use instead:

          origin = origins.S3BucketOrigin.with_origin_access_control(website_bucket, origin_path="/site")

          app.synth()

      - item

            indented code in an item

      """)
  }

  @Test func inlineCodeEmphasisAndNestedEmphasis() {
    let markdown = "Set `block_public_access` *now*, **really** and *very **much** so*; ***both***."
    #expect(TerminalMarkdown.render(markdown) == """
      Set `block_public_access` *now*, **really** and *very **much** so*; ***both***.

      """)
  }

  @Test func linksShowTheirTarget() {
    let markdown = "- [AWS CDK apps](https://docs.aws.amazon.com/cdk/v2/guide/apps.html)\n- <https://www.pulumi.com/>\n"
      + "- ![diagram](img/a.png) and [empty]()"
    #expect(TerminalMarkdown.render(markdown) == """
      - AWS CDK apps <https://docs.aws.amazon.com/cdk/v2/guide/apps.html>
      - <https://www.pulumi.com/>
      - diagram <img/a.png> and empty

      """)
  }

  @Test func rawHTMLIsOmitted() {
    let markdown = "<div class=\"note\">\nhidden\n</div>\n\nShown <b>bold</b> text.<!-- comment -->\n\n<br>"
    #expect(TerminalMarkdown.render(markdown) == "Shown bold text.\n")
  }

  @Test func blockQuotesAndThematicBreaks() {
    #expect(TerminalMarkdown.render("> quoted\n>\n> more\n\n---\n\nend") == """
      > quoted
      >
      > more

      ---

      end

      """)
  }

  @Test func multiByteTextIsMeasuredInColumns() {
    #expect(TerminalMarkdown.render("# Größe 日本語 🚀") == "Größe 日本語 🚀\n===============\n")
    #expect(TerminalMarkdown.render("日本語の 説明文 です ✅ ok", width: 20) == "日本語の 説明文 です\n✅ ok\n")
  }

  @Test func emptyInputGivesEmptyOutput() {
    #expect(TerminalMarkdown.render("") == "")
    #expect(TerminalMarkdown.render("\n\n  \n") == "")
    #expect(TerminalMarkdown.render("", color: true) == "")
  }

  @Test func colorReplacesPunctuationWithANSIStyles() {
    let markdown = "# T\n\n## S\n\n*a* **b** `c` [d e](https://e.org)\n\n```\nx\n```"
    let rendered = TerminalMarkdown.render(markdown, color: true)
    let paragraph = [ansi("3", "a"), ansi("1", "b"), ansi("36", "c"), ansi("4", "d e"), ansi("34", "<https://e.org>")]
    #expect(rendered == """
      \(ansi("1;4", "T"))

      \(ansi("1", "S"))

      \(paragraph.joined(separator: " "))

          \(ansi("36", "x"))

      """)
  }

  @Test func colorWrapsOnVisibleColumnsNotEscapeBytes() {
    // 19 visible columns: at width 15 the last word moves to a second line, whatever the escape bytes add.
    let rendered = TerminalMarkdown.render("**aaaa bbbb** *cccc* dddd", color: true, width: 15)
    #expect(rendered == "\(ansi("1", "aaaa bbbb")) \(ansi("3", "cccc"))\ndddd\n")
    let oneLine = TerminalMarkdown.render("**aaaa bbbb** *cccc* dddd", color: true, width: 19)
    #expect(oneLine.split(separator: "\n").count == 1)
  }

  @Test func ruleDocumentationRendersWithoutMarkdownFences() {
    let rendered = TerminalMarkdown.render("## Example\n```python\nx = 1\n```\n\nUse instead:\n```python\nx = 2\n```")
    #expect(rendered == "Example\n-------\n\n    x = 1\n\nUse instead:\n\n    x = 2\n")
  }

  /// `text` in the SGR style `codes`, then a reset.
  func ansi(_ codes: String, _ text: String) -> String {
    "\u{1B}[\(codes)m\(text)\u{1B}[0m"
  }
}
