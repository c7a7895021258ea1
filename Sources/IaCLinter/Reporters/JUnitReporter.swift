import IaCModel
import IaCRules
import IaCSyntax

/// JUnit XML, for CI systems that show test reports: one `<testsuite>` per checked file and, in it, one
/// `<testcase>` per rule that found something in the file, failing, with the findings in the `<failure>`. A file
/// with no finding gets one passing test case named `iaclsp`, so clean files count as tests too.
///
/// ```xml
/// <testsuites name="iaclsp" tests="2" failures="1">
///   <testsuite name="lib/stack.py" tests="1" failures="1">
///     <testcase classname="lib/stack.py" name="IAC101 deprecated-s3-origin">
///       <failure type="IAC101" message="1 finding">lib/stack.py:10:9: `S3Origin` is deprecated …</failure>
/// ```
public struct JUnitReporter: Sendable {
  public let paths: ReportPaths

  public init(paths: ReportPaths) {
    self.paths = paths
  }

  /// The XML document. `checkedFiles` are the files that were checked (findings in other files, such as a
  /// project's `cdk.json`, add their own suites).
  public func render(_ diagnostics: [Diagnostic], checkedFiles: [String], documents: [String: [UInt8]]) -> String {
    let converter = PositionConverter(documents: documents)
    var byFile: [String: [Diagnostic]] = [:]
    for diagnostic in diagnostics { byFile[paths.relative(diagnostic.path), default: []].append(diagnostic) }
    let files = Set(checkedFiles.map(paths.relative)).union(byFile.keys).sorted()

    var suites = ""
    var totalTests = 0
    var totalFailures = 0
    for file in files {
      let findings = byFile[file] ?? []
      var cases = ""
      var tests = 0
      var failures = 0
      if findings.isEmpty {
        tests = 1
        cases += "    <testcase classname=\"\(Self.escape(file))\" name=\"iaclsp\"/>\n"
      }
      var codes: [String] = []
      var byCode: [String: [Diagnostic]] = [:]
      for finding in findings {
        if byCode[finding.code] == nil { codes.append(finding.code) }
        byCode[finding.code, default: []].append(finding)
      }
      for code in codes.sorted() {
        let group = byCode[code]!
        tests += 1
        failures += 1
        let lines = group.map { diagnostic -> String in
          let start = converter.position(diagnostic.path, diagnostic.range.start)
          return "\(file):\(start.line):\(start.column): [\(diagnostic.severity.rawValue)] \(diagnostic.message)"
        }
        let count = group.count == 1 ? "1 finding" : "\(group.count) findings"
        cases += "    <testcase classname=\"\(Self.escape(file))\" name=\"\(Self.escape("\(code) \(group[0].name)"))\">\n"
        cases += "      <failure type=\"\(Self.escape(code))\" message=\"\(count)\">"
        cases += Self.escape(lines.joined(separator: "\n"), attribute: false) + "</failure>\n"
        cases += "    </testcase>\n"
      }
      totalTests += tests
      totalFailures += failures
      suites += "  <testsuite name=\"\(Self.escape(file))\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\">\n"
      suites += cases + "  </testsuite>\n"
    }
    var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    output += "<testsuites name=\"iaclsp\" tests=\"\(totalTests)\" failures=\"\(totalFailures)\" errors=\"0\">\n"
    return output + suites + "</testsuites>\n"
  }

  /// Text escaped for XML 1.0 attributes (line breaks as character references) or content; characters XML cannot carry become U+FFFD.
  public static func escape(_ text: String, attribute: Bool = true) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&apos;"
      case "\n": result += attribute ? "&#10;" : "\n"
      case "\r": result += "&#13;"
      case "\t": result += "&#9;"
      default:
        let value = scalar.value
        if value < 0x20 || value == 0xFFFE || value == 0xFFFF {
          result += "\u{FFFD}"
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result
  }
}
