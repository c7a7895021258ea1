import IaCSyntax
import Testing

/// The smallest reproductions of what the light parser once read differently from the TypeScript compiler's parser
/// (found by Scripts/parser-diff on public CDK, Pulumi and CDKTF code).
@Suite struct ParserAgreementTests {
  /// Each call's dotted callee with its keyword or object-literal property names, as Scripts/parser-diff compares.
  func calls(_ file: SourceFile) -> [String] {
    file.calls.compactMap { call in
      guard let callee = call.callee, !callee.hasReceiverExpression else { return nil }
      let keywords = (call.arguments + call.properties).compactMap { $0.isSpread ? nil : $0.label?.name }.sorted()
      return "\(callee.dotted)|\(keywords.joined(separator: ","))"
    }
  }

  @Test func aRegularExpressionInATemplateFieldDoesNotOpenAString() {
    let text = """
      class A {
        resolve() { return `${this.escape(s).replace(/\\"/g, '\\\\"')}`; }
      }
      class B {}

      """
    let file = tsFile(text)
    #expect(file.classes.map(\.name) == ["A", "B"])
    #expect(file.functions.map(\.name) == ["resolve"])
    #expect(file.tokens.filter { $0.kind == .string }.count == 1)
  }

  @Test func divisionInATemplateFieldIsNotARegularExpression() {
    let file = tsFile("const s = `${a / b} and ${(c) / 2}`; f(/x/);\n")
    #expect(file.tokens.filter { $0.kind == .string }.count == 1)
    #expect(file.tokens.contains { $0.kind == .regex })
    #expect(calls(file) == ["f|"])
  }

  @Test func anAsyncArrowFunctionIsNotACall() {
    let file = tsFile("test('x', async () => { await run(); });\nconst g = async (a: string): Promise<void> => {};\nasync(1);\n")
    #expect(calls(file) == ["test|", "run|", "async|"])
  }

  @Test func aMemberChainContinuesOnTheNextLine() {
    let text = """
      const versions = output
        .split("\\n")
        // the last one
        .map((line) => line.trim());
      const r = items.
        find(x);

      """
    let file = tsFile(text)
    #expect(calls(file) == ["output.split|", "line.trim|", "items.find|"])
    let map = file.calls.first { $0.callee?.last.name == "map" }
    #expect(map?.callee?.hasReceiverExpression == true)
    #expect(map?.receiverCall == 0)
  }

  @Test func aReturnTypeSpanningLinesWithBracesIsSkipped() {
    let text = """
      class M {
        private async listPackages(): Promise<
          { name: string; version: string }[]
        > {
          return run();
        }
        shape(): { a: string } { return { a: "" }; }
      }

      """
    let file = tsFile(text)
    #expect(file.functions.map(\.name) == ["listPackages", "shape"])
    #expect(file.functions.allSatisfy { $0.isBodyComplete })
    #expect(calls(file) == ["run|"])
  }

  @Test func typeArgumentsSpanningLinesOrHoldingBracketsKeepTheCallee() {
    let text = """
      const machine = createMachine<
        Context,
        Event
      >({ id: "deploy", initial: "idle" });
      const graph = new DirectedGraph<{ code: (g: Graph<any>) => Promise<void> }>();
      const p = new Promise<() => void>((resolve) => resolve());
      const m = new Map<
        string,
        Resource
      >();
      if (a < b && c > (d)) {}

      """
    let file = tsFile(text)
    #expect(calls(file) == ["createMachine|id,initial", "DirectedGraph|", "Promise|", "resolve|", "Map|"])
  }

  @Test func aTypedRequireIsAnImport() {
    let file = tsFile("const regions: Region[] = require(\"./regions.json\");\nconst { a, b: c }: Pick<M, 'a'> = require('m');\n")
    #expect(file.imports.map(\.module) == ["./regions.json", "m"])
    #expect(file.imports.flatMap(\.specifiers).map(\.alias) == ["regions", "a", "c"])
  }

  @Test func typeofImportIsAType() {
    let file = tsFile("let infra: typeof import(\"./index\");\ninfra = await import(\"./index\");\n")
    #expect(calls(file) == ["import|"])
  }

  @Test func methodsMayBeNamedLikeKeywords() {
    let text = """
      export class Aspects {
        public static of(scope: IConstruct): Aspects { return new Aspects(scope); }
        async delete(id: string) { await this.remove(id); }
        extends() {}
      }
      if (x) { y(); }
      for (const a of b) {}

      """
    let file = tsFile(text)
    #expect(file.functions.map(\.name) == ["of", "delete", "extends"])
    #expect(calls(file) == ["Aspects|", "this.remove|", "y|"])
  }

  @Test func aDecoratedClassOrMethodIsRecordedOnce() {
    let text = """
      @Component({
        selector: 'app-root',
      })
      export class AppComponent {
        @HostListener('click')
        onClick() {}
      }

      """
    let file = tsFile(text)
    #expect(file.classes.map(\.name) == ["AppComponent"])
    #expect(file.functions.map(\.name) == ["onClick"])
  }
}
