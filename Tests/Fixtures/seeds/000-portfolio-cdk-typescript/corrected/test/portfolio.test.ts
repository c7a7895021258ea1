import * as cdk from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as Portfolio from '../lib/portfolio-stack';

test('distribution redirects to HTTPS', () => {
  const app = new cdk.App();
  const stack = new Portfolio.PortfolioStack(app, 'MyTestStack', { envSuffix: 'test' });
  const template = Template.fromStack(stack);

  template.hasResourceProperties('AWS::CloudFront::Distribution', {
    DistributionConfig: { DefaultCacheBehavior: { ViewerProtocolPolicy: 'redirect-to-https' } },
  });
});
