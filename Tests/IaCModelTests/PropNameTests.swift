import IaCModel
import Testing

/// `PropName.matches` answers what comparing two `PropName.fold` keys answers, without building them.
@Suite("Prop names: matching spellings")
struct PropNameTests {
  static let spellings = [
    "", "_", "__", "enforce_ssl", "enforceSSL", "enforceSsl", "ENFORCE_SSL", "enforce_ss", "enforce_ssl_", "_enforce_ssl",
    "blockPublicAccess", "block_public_access", "blockpublicaccess", "block_public_acls", "id", "id_", "Id", "scope",
    "scope_", "removal_policy", "removalPolicy", "removalPolicies", "a_b", "ab", "a__b", "AB", "b_a", "x1_y", "X1Y",
    "café", "CAFé", "cafe\u{301}", "café_x", "naïve_name", "naïveName", "日本", "日_本", "[", "@", "`", "{",
  ]

  @Test("matches agrees with comparing folds, for every pair of spellings")
  func agreesWithFold() {
    var disagreements: [String] = []
    for a in PropNameTests.spellings {
      for b in PropNameTests.spellings where PropName.matches(a, b) != (PropName.fold(a) == PropName.fold(b)) {
        disagreements.append("\(a) / \(b)")
      }
    }
    #expect(disagreements.isEmpty)
  }

  @Test("snake_case, camelCase and capitals of one name match; other names do not")
  func examples() {
    #expect(PropName.matches("enforce_ssl", "enforceSSL"))
    #expect(PropName.matches("removalPolicy", "removal_policy"))
    #expect(PropName.matches("id_", "id"))
    #expect(!PropName.matches("removalPolicy", "removalPolicies"))
    #expect(!PropName.matches("enforce_ss", "enforceSSL"))
    #expect(!PropName.matches("a", ""))
    // Letters outside ASCII compare as Swift strings do: a precomposed é matches e and a combining accent.
    #expect(PropName.matches("café", "cafe\u{301}"))
  }
}
