import IaCModel
import IaCSyntax

/// IAC711: an EBS volume, or a volume of an instance or Auto Scaling group, is not encrypted.
public struct EbsVolumeUnencryptedRule: Rule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC711",
    summary: "An EBS volume is not encrypted",
    url: "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html",
    resourceTypes: [volume, cfnVolume, instance, cfnInstance, AutoScalingGroups.group, cfnLaunchConfiguration],
    fixAvailability: .sometimes,
    documentation: SolutionsDocumentation.page(
      code: "IAC711",
      whatItDoes: """
        Finds EBS volumes that are not marked encrypted:

        - an `ec2.Volume` or `ec2.CfnVolume` without `encrypted=True`;
        - an `ec2.Instance` or `autoscaling.AutoScalingGroup` without `block_devices`, whose volumes then come
          from the AMI's block device mappings, which the template does not mark encrypted, or with a block device
          whose `ec2.BlockDeviceVolume.ebs(...)` or `ebs_from_snapshot(...)` lacks `encrypted=True`;
        - an `ec2.CfnInstance` or `autoscaling.CfnLaunchConfiguration` without `block_device_mappings`, or with a
          mapping whose `ebs` is not encrypted.

        The finding sits on the unencrypted block device, or on the construct when there are none. An
        Auto Scaling group built from a launch template (`launch_template`, `mixed_instances_policy`) or an
        `ec2.CfnInstance` with `launch_template` is not judged: its volumes are the template's. Neither are
        ephemeral and `no_device` mappings, which cdk-nag cannot read, nor a construct whose resources the source
        edits (`node.default_child`, `node.find_child(...)`) or hands to code of its own. A construct whose props
        come partly from `**kwargs`, a spread or a dictionary iaclsp does not expand (`**common`) is not reported
        when `block_devices` is not written.

        An account can turn on EBS encryption by default, which encrypts every new volume whatever the template
        says; cdk-nag cannot see that setting and neither can iaclsp.
        """,
      why: """
        An unencrypted volume, and every snapshot taken from it, can be read by anyone who obtains the snapshot or
        access to the storage. Encryption with KMS costs nothing in performance and can only be added to a volume
        by copying it.
        """,
      example: """
        ec2.Instance(self, "Host", vpc=vpc, instance_type=small, machine_image=image)
        """,
      useInstead: """
        ec2.Instance(self, "Host", vpc=vpc, instance_type=small, machine_image=image, block_devices=[
            ec2.BlockDevice(device_name="/dev/xvda", volume=ec2.BlockDeviceVolume.ebs(20, encrypted=True)),
        ])
        """,
      fixSafety: """
        The fix, for `ec2.Volume` and `ec2.CfnVolume`, is unsafe: changing `Encrypted` replaces the volume, and the
        new volume starts empty.
        """,
      references: [
        (title: "Amazon EBS encryption", url: "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html"),
        (
          title: "Enable Amazon EBS encryption by default",
          url: "https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
    corrections: corrections,
  )

  static let volume = "aws-cdk-lib.aws_ec2.Volume"
  static let cfnVolume = "aws-cdk-lib.aws_ec2.CfnVolume"
  static let instance = "aws-cdk-lib.aws_ec2.Instance"
  static let cfnInstance = "aws-cdk-lib.aws_ec2.CfnInstance"
  static let cfnLaunchConfiguration = "aws-cdk-lib.aws_autoscaling.CfnLaunchConfiguration"

  static let volumeCheck = SolutionsPropCheck(
    types: [volume, cfnVolume],
    prop: "encrypted",
    verdict: SolutionsPropCheck.mustBeTrue,
    unsetFails: true,
    unsetMessage: "The volume is not encrypted: `encrypted` is not set",
    valueMessage: "The volume is not encrypted: `encrypted` is false",
    fixValue: true
  )

  public func check(_ resource: Resource, in model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    guard !resource.isCDKv1 else { return }
    let type = resource.type.fqn
    if type == Self.volume || type == Self.cfnVolume {
      SolutionsPropCheck.run([Self.volumeCheck], on: resource, in: model, description: Self.description, into: &diagnostics)
      return
    }
    let l2 = type == Self.instance || type == AutoScalingGroups.group
    let templated = l2 ? ["launchTemplate", "mixedInstancesPolicy"] : ["launchTemplate"]
    guard !templated.contains(where: { resource.isSet($0) }) else { return }
    guard !SolutionsEscapeHatches.mayChange(resource, in: model) else { return }
    let propName = l2 ? "blockDevices" : "blockDeviceMappings"
    let path = model.file.path
    guard let devices = resource.prop(propName) else {
      guard !resource.hasHiddenProps else { return }
      let name = model.spelling(of: propName, for: resource)
      let message = "The volumes come from the image's block device mappings, which are not marked encrypted: `\(name)` is not set"
      diagnostics.append(Self.description.diagnostic(path: path, range: resource.calleeRange, message: message))
      return
    }
    guard let elements = devices.value.elements else { return }
    for element in elements {
      let encrypted = l2 ? Self.l2Encrypted(element, in: model) : Self.l1Encrypted(element)
      guard encrypted == false else { continue }
      let message = "The block device's EBS volume is not encrypted: `encrypted` is not true"
      diagnostics.append(Self.description.diagnostic(path: path, range: element.range, message: message))
    }
  }

  /// An `ec2.BlockDevice`: whether its `ec2.BlockDeviceVolume.ebs(...)` or `ebs_from_snapshot(...)` volume is
  /// encrypted; nil when the volume is of another kind or cannot be read.
  static func l2Encrypted(_ device: Value, in model: FileModel) -> Bool? {
    guard let volume = device.entry("volume")?.value else { return nil }
    guard let (method, arguments) = volume.factory(of: "BlockDeviceVolume"), method == "ebs" || method == "ebsFromSnapshot"
    else { return nil }
    // `ebs(20, **options)`, `ebs(20, options)`: options iaclsp cannot read.
    if let call = model.file.callIndex(spanning: volume.resolvedTokens),
      model.file.calls[call].arguments.contains(where: \.isSpread) {
      return nil
    }
    var options: [Value.Entry] = []
    for (position, argument) in arguments.enumerated() {
      if argument.name != nil {
        options.append(argument)
      } else if let entries = argument.value.entries {
        options += entries
      } else if position > 0 {
        return nil
      }
    }
    guard let encrypted = AutoScalingGroups.option("encrypted", in: options)?.value else { return false }
    return encrypted.bool
  }

  /// A `BlockDeviceMappingProperty` of an L1: whether its `ebs` is encrypted; nil without `ebs` or when unknown.
  static func l1Encrypted(_ mapping: Value) -> Bool? {
    guard mapping.entries != nil, let ebs = mapping.entry("ebs")?.value, ebs.entries != nil else { return nil }
    guard let encrypted = ebs.entry("encrypted")?.value else { return false }
    return encrypted.bool
  }

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import Size
      from aws_cdk import aws_ec2 as ec2

      ↓ec2.Volume(self, "Data", availability_zone="us-east-1a", size=Size.gibibytes(10))
      ↓ec2.Instance(self, "Host", vpc=vpc, instance_type=small, machine_image=image)
      plain = ec2.BlockDeviceVolume.ebs(30)
      ec2.Instance(self, "Plain", vpc=vpc, instance_type=small, machine_image=image,
          block_devices=[↓ec2.BlockDevice(device_name="/dev/xvda", volume=plain)])
      ec2.CfnInstance(self, "Raw", image_id="ami-12345678", block_device_mappings=[
          ↓ec2.CfnInstance.BlockDeviceMappingProperty(device_name="/dev/xvda", ebs=ec2.CfnInstance.EbsProperty(volume_size=8)),
      ])
      """
    ),
    Example(
      """
      import * as autoscaling from 'aws-cdk-lib/aws-autoscaling';
      import * as ec2 from 'aws-cdk-lib/aws-ec2';
      import * as elb from 'aws-cdk-lib/aws-elasticloadbalancing';

      const workers = ↓new autoscaling.AutoScalingGroup(this, 'Workers', { vpc, instanceType, machineImage });
      const lb = new elb.LoadBalancer(this, 'Lb', { vpc });
      lb.addTarget(workers);
      new ec2.Volume(this, 'Data', { availabilityZone: 'us-east-1a', ↓encrypted: false });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import Size
      from aws_cdk import aws_autoscaling as autoscaling
      from aws_cdk import aws_ec2 as ec2

      # encrypted=False would leave the data readable.
      ec2.Volume(self, "Data", availability_zone="us-east-1a", size=Size.gibibytes(10), encrypted=True)
      ec2.Volume(self, "Chosen", availability_zone="us-east-1a", size=Size.gibibytes(10), encrypted=settings.encrypt)
      ec2.Instance(self, "Host", vpc=vpc, instance_type=small, machine_image=image, block_devices=[
          ec2.BlockDevice(device_name="/dev/xvda", volume=ec2.BlockDeviceVolume.ebs(20, encrypted=True)),
          ec2.BlockDevice(device_name="/dev/sdb", volume=ec2.BlockDeviceVolume.ephemeral(0)),
          ec2.BlockDevice(device_name="/dev/sdc", volume=ec2.BlockDeviceVolume.ebs(20, **volume_options)),
      ])
      ec2.Instance(self, "Hidden", **instance_props)
      autoscaling.AutoScalingGroup(self, "Templated", vpc=vpc, launch_template=template)
      overridden = autoscaling.AutoScalingGroup(self, "Overridden", vpc=vpc, instance_type=small, machine_image=image)
      overridden.node.find_child("LaunchTemplate").node.default_child.add_property_override("Foo", "Bar")
      ec2.CfnInstance(self, "FromTemplate", launch_template=ec2.CfnInstance.LaunchTemplateSpecificationProperty(
          version="1", launch_template_id="lt-0123456789abcdef0"))
      """
    ),
    Example(
      """
      import * as ec2 from 'aws-cdk-lib/aws-ec2';

      new ec2.Instance(this, 'Host', {
        vpc, instanceType, machineImage,
        blockDevices: [{ deviceName: '/dev/xvda', volume: ec2.BlockDeviceVolume.ebs(20, { encrypted: true }) }],
      });
      """
    ),
  ]

  static let corrections: [Correction] = [
    Correction(
      Example(
        """
        from aws_cdk import aws_ec2 as ec2

        ec2.Volume(self, "Data", availability_zone="us-east-1a", size=size)
        """
      ),
      """
      from aws_cdk import aws_ec2 as ec2

      ec2.Volume(self, "Data", availability_zone="us-east-1a", size=size, encrypted=True)
      """
    ),
  ]
}
