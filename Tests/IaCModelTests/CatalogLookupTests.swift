import IaCModel
import IaCSyntax
import Testing

/// The catalogue as the model sees it: names resolve to symbols in either language's spelling.
@Suite("Catalogue look-ups")
struct CatalogLookupTests {
  @Test func qualifiedNamesResolveInBothLanguages() throws {
    let python = try #require(APICatalog.shared.symbol(qualifiedName: "aws_cdk.aws_s3.Bucket", language: .python))
    #expect(python.kind == .class)
    #expect(python.name == "Bucket")
    let typeScript = try #require(APICatalog.shared.symbol(qualifiedName: "aws-cdk-lib/aws-s3.Bucket", language: .typescript))
    #expect(typeScript.qualifiedName == "aws-cdk-lib.aws_s3.Bucket")
    #expect(APICatalog.shared.symbol(qualifiedName: "aws_cdk.aws_s3.NoSuchThing", language: .python) == nil)
  }
}
