import ArgumentParser
import IaCDocs
import IaCLinter
import IaCModel
import IaCRules

/// `iaclsp explain CODE|NAME`: a rule's documentation, rendered for the terminal.
struct ExplainCommand: ParsableCommand, StatusCommand {
  static let configuration = CommandConfiguration(
    commandName: "iaclsp explain",
    abstract: "Shows the documentation of a rule, by code (IAC101) or name (deprecated-s3-origin)."
  )

  @Argument(help: "The rule's code or name.")
  var rule: String

  @Flag(help: "Print the Markdown source instead of rendering it.")
  var markdown = false

  mutating func status() -> Int32 {
    // Custom rules come from the configuration that applies to the current directory.
    guard let found = RuleRegistry.shared.rule(forCodeOrName: rule) ?? CheckRunner.registry(for: []).rule(forCodeOrName: rule)
    else {
      Output.error("iaclsp: no rule is called `\(rule)` (see `iaclsp rules`)")
      return 2
    }
    let page = RuleDocumentation.markdown(for: found.description)
    Output.out(markdown ? page : TerminalMarkdown.render(page))
    return 0
  }

  func run() throws {}
}
