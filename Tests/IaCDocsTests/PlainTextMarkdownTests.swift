import IaCDocs
import Testing

@Suite struct PlainTextMarkdownTests {
  @Test func paragraphsAreNotWrapped() {
    let long = Array(repeating: "word", count: 40).joined(separator: " ")
    #expect(PlainTextMarkdown.render("# Title\n\n\(long)\nmore") == "Title\n=====\n\n\(long) more\n")
  }

  @Test func listsCodeAndLinksHaveNoEscapeSequences() {
    let markdown = """
      ## References
      - [Restricting access](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/x.html), **safe**
      1. `one` <span>x</span>

      ```ts
      const a = 1;
      ```
      """
    let rendered = PlainTextMarkdown.render(markdown)
    #expect(!rendered.contains("\u{1B}"))
    #expect(rendered == """
      References
      ----------

      - Restricting access <https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/x.html>, **safe**

      1. `one` x

          const a = 1;

      """)
  }

  @Test func multiByteAndEmptyInput() {
    #expect(PlainTextMarkdown.render("Grüße, *世界* 👋") == "Grüße, *世界* 👋\n")
    #expect(PlainTextMarkdown.render("") == "")
    #expect(PlainTextMarkdown.render("<p>only html</p>") == "")
  }
}
