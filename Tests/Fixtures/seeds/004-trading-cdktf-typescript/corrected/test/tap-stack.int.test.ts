import { CloudWatchLogsClient, DescribeLogGroupsCommand } from '@aws-sdk/client-cloudwatch-logs';
import * as fs from 'fs';

const outputs = JSON.parse(fs.readFileSync('cfn-outputs/flat-outputs.json', 'utf8'));

describe('Trading API Integration Tests', () => {
  test('the API log group exists with 30-day retention', async () => {
    const client = new CloudWatchLogsClient({});
    const result = await client.send(
      new DescribeLogGroupsCommand({ logGroupNamePrefix: outputs.ApiLogGroupName }),
    );
    expect(result.logGroups?.[0]?.retentionInDays).toBe(30);
  });
});
