import path from "node:path";
import { fileURLToPath } from "node:url";
import { App } from "aws-cdk-lib";
import * as ecs from "aws-cdk-lib/aws-ecs";
import { IbReviseStack } from "../lib/ib-revise-stack.js";
import { isSizeName, isStageName } from "../lib/presets.js";

// npx cdk deploy -c stage=prod [-c size=2m] [-c appUrl=https://revise.example.org] [-c alarmEmail=ops@example.org]
const app = new App();
const stageName = String(app.node.tryGetContext("stage") ?? "dev");
const sizeName = app.node.tryGetContext("size") as string | undefined;
if (!isStageName(stageName)) throw new Error(`-c stage=${stageName}: expected dev or prod`);
if (sizeName !== undefined && !isSizeName(sizeName)) throw new Error(`-c size=${sizeName}: expected dev, 220k or 2m`);

// The repository root: both images are built from the project's Dockerfile (.dockerignore applies).
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
new IbReviseStack(app, `IbRevise-${stageName}`, {
  stageName,
  sizeName,
  images: {
    app: ecs.ContainerImage.fromAsset(repoRoot, { target: "runner" }),
    migrate: ecs.ContainerImage.fromAsset(repoRoot, { target: "migrate" }),
  },
  appUrl: app.node.tryGetContext("appUrl") as string | undefined,
  alarmEmail: app.node.tryGetContext("alarmEmail") as string | undefined,
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
});
