import IaCLinter
import IaCRules
import IaCSyntax
import Testing

/// `security-group-world-open-ingress` reports every port open to the internet, and a web port alone at info.
@Suite struct SecurityGroupWorldOpenIngressTests {
  @Test func aWebPortAloneIsInfoAndOtherPortsAreErrors() {
    let source = """
      from aws_cdk import aws_ec2 as ec2

      web = ec2.SecurityGroup(self, "Web", vpc=vpc)
      https = ec2.Port.tcp(443)
      web.add_ingress_rule(ec2.Peer.any_ipv4(), https, "https")
      web.connections.allow_from_any_ipv4(ec2.Port.tcp(80))
      web.add_ingress_rule(ec2.Peer.any_ipv6(), ec2.Port.tcp(22), "ssh")
      web.add_ingress_rule(ec2.Peer.any_ipv4(), ec2.Port.tcp_range(80, 443))
      web.add_ingress_rule(ec2.Peer.any_ipv4(), ec2.Port.all_traffic())
      """
    let file = SourceFile(path: "lib/stack.py", text: source)
    let findings = Linter(settings: LinterSettings(select: ["IAC710"])).check(file)
    #expect(findings.map { file.line(of: $0.range.start) + 1 } == [5, 6, 7, 8, 9])
    #expect(findings.map(\.severity) == [.info, .info, .error, .error, .error])
    #expect(findings[0].message.contains("public web service"))
  }
}
