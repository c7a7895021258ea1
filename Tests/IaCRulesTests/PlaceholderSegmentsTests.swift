@testable import IaCRules
import Testing

@Suite("Placeholder words")
struct PlaceholderSegmentsTests {
  @Test func asciiValuesSplitOnBytesAsByScalars() {
    var generator = SystemRandomNumberGenerator()
    let alphabet = Array("aZ09_-. :/<>xYyourID".utf8)
    var values = ["", "TODO", "REPLACE_ME", "yourAccountId", "vpc-xxxxxxxx", "arn:aws:acm:us-east-1:123456789012:x", "aB1cD"]
    for _ in 0..<500 {
      let length = Int.random(in: 0...16, using: &generator)
      values.append(String(decoding: (0..<length).map { _ in alphabet.randomElement(using: &generator)! }, as: UTF8.self))
    }
    for value in values {
      #expect(Placeholder.asciiSegments(of: value) == Placeholder.scalarSegments(of: value), "\(value)")
    }
  }

  @Test func otherValuesSplitByScalars() {
    #expect(Placeholder.asciiSegments(of: "ÉtéBucket") == nil)
    #expect(Placeholder.segments(of: "ÉtéBucket") == ["été", "bucket"])
  }

  @Test func proseInputs() {
    for name in ["description", "alarmDescription", "commit_message", "Notes", "DOC"] {
      #expect(PlaceholderValueRule.isProse(name), "\(name)")
    }
    for name in ["bucket_name", "notebook", "id", "Ünote"] {
      #expect(!PlaceholderValueRule.isProse(name), "\(name)")
    }
  }
}
