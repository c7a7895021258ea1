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

  @Test func aToPortOfMinusOneIsEveryPort() throws {
    // cdklabs/cdk-nag's own example of a rule that is open although its range looks empty.
    let file = SourceFile(path: "lib/stack.ts", text: """
      import { aws_ec2 as ec2 } from 'aws-cdk-lib';
      new ec2.CfnSecurityGroup(this, 'Group', {
        groupDescription: 'toPort -1',
        securityGroupIngress: [{ fromPort: 1, toPort: -1, ipProtocol: 'tcp', cidrIp: '0.0.0.0/0' }],
      });
      """)
    let finding = try #require(Linter(settings: LinterSettings(select: ["IAC710"])).check(file).first)
    #expect(finding.message.hasPrefix("The ingress rule allows every TCP port from anywhere"))
  }
}
