/** The AWS regions issue 15 asks to price besides us-east-1 (tests check each is offered and priced). */
export const ISSUE_REGIONS = [
  'us-west-2',
  'eu-west-1',
  'eu-central-1',
  'eu-west-2',
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-northeast-1',
  'ap-south-1',
  'sa-east-1',
] as const;
