/**
 * Keeps the AWS SDK's own notices off the user's stderr. The SDK v3 prints a 9-line
 * NodeVersionSupportWarning on Node 20 before the first request; its documented switch is
 * AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED=true (aws/aws-sdk-js-v3 issue 7983). cdk-cost
 * supports Node 20, so the notice is not the user's concern. A value the user set wins.
 */
export function quietSdkNotices(): void {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
}
