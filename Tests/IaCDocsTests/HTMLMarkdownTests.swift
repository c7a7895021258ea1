import IaCDocs
import Testing

@Suite struct HTMLMarkdownTests {
  @Test func rendersCommonMark() {
    let markdown = """
      # Title

      - `code` and *em **strong***
      - [link](https://docs.aws.amazon.com/)

      ```python
      x = 1
      ```
      """
    #expect(HTMLMarkdown.render(markdown) == """
      <h1>Title</h1>
      <ul>
      <li><code>code</code> and <em>em <strong>strong</strong></em></li>
      <li><a href="https://docs.aws.amazon.com/">link</a></li>
      </ul>
      <pre><code class="language-python">x = 1
      </code></pre>

      """)
  }

  @Test func rawHTMLAndUnsafeLinksAreOmitted() {
    let html = HTMLMarkdown.render("<script>alert(1)</script>\n\nText <b>bold</b> [x](javascript:alert(1))")
    #expect(html == """
      <!-- raw HTML omitted -->
      <p>Text <!-- raw HTML omitted -->bold<!-- raw HTML omitted --> <a href="">x</a></p>

      """)
  }

  @Test func escapesTextAndKeepsMultiByteCharacters() {
    #expect(HTMLMarkdown.render("a < b & \"c\" — 日本語 🚀") == "<p>a &lt; b &amp; &quot;c&quot; — 日本語 🚀</p>\n")
  }

  @Test func emptyInputGivesEmptyOutput() {
    #expect(HTMLMarkdown.render("") == "")
  }

  @Test func repeatedRenderingIsStable() {
    let markdown = String(repeating: "## Heading\n\nSome *text* with `code`.\n\n", count: 50)
    let first = HTMLMarkdown.render(markdown)
    for _ in 0..<200 {
      #expect(HTMLMarkdown.render(markdown) == first)
      _ = TerminalMarkdown.render(markdown, color: true)
    }
  }
}
