import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { App } from "aws-cdk-lib";
import { Match, Template } from "aws-cdk-lib/assertions";
import * as ecs from "aws-cdk-lib/aws-ecs";
import { IbReviseStack } from "../lib/ib-revise-stack.js";
import { sizes, type SizeName, type StageName } from "../lib/presets.js";

// Synthesised offline: no AWS account, no Docker (images from a registry name instead of the Dockerfile).
function synth(stageName: StageName, sizeName?: SizeName): Template {
  const app = new App();
  const stack = new IbReviseStack(app, `Test-${stageName}-${sizeName ?? "default"}`, {
    stageName,
    sizeName,
    images: { app: ecs.ContainerImage.fromRegistry("ib-revise:test"), migrate: ecs.ContainerImage.fromRegistry("ib-revise-migrate:test") },
  });
  return Template.fromStack(stack);
}

const prod = synth("prod");
type Resource = { Type: string; Properties?: Record<string, unknown>; DependsOn?: string[] };
const resources = prod.toJSON().Resources as Record<string, Resource>;
const ofType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);
const only = <T>(items: T[]): T => {
  assert.equal(items.length, 1);
  return items[0]!;
};
const idOf = (type: string, description: RegExp) => only(ofType(type).filter(([, r]) => description.test(String(r.Properties?.GroupDescription ?? ""))))[0];

describe("database and cache", () => {
  test("a Multi-AZ PostgreSQL primary and a read replica of it", () => {
    prod.hasResourceProperties("AWS::RDS::DBInstance", { Engine: "postgres", MultiAZ: true, StorageEncrypted: true, DeletionProtection: true });
    const [primaryId] = only(ofType("AWS::RDS::DBInstance").filter(([, r]) => !r.Properties?.SourceDBInstanceIdentifier));
    prod.hasResourceProperties("AWS::RDS::DBInstance", {
      SourceDBInstanceIdentifier: Match.objectLike({ "Fn::Join": Match.arrayWith([Match.arrayWith([{ Ref: primaryId }])]) }),
    });
  });

  test("RDS Proxy in front of the primary, requiring TLS", () => {
    prod.hasResourceProperties("AWS::RDS::DBProxy", { EngineFamily: "POSTGRESQL", RequireTLS: true });
    prod.resourceCountIs("AWS::RDS::DBProxyTargetGroup", 1);
  });

  test("ElastiCache Redis with TLS and an auth token from Secrets Manager", () => {
    prod.hasResourceProperties("AWS::ElastiCache::ReplicationGroup", {
      TransitEncryptionEnabled: true,
      AutomaticFailoverEnabled: true,
      AuthToken: Match.objectLike({ "Fn::Join": Match.arrayWith([Match.arrayWith([Match.stringLikeRegexp("^\\{\\{resolve:secretsmanager:")])]) }),
    });
  });

  test("only the app (and RDS Proxy, which only the app reaches) get into PostgreSQL and Redis", () => {
    const app = idOf("AWS::EC2::SecurityGroup", /^IB Revise app tasks/);
    const proxy = idOf("AWS::EC2::SecurityGroup", /^RDS Proxy/);
    const database = idOf("AWS::EC2::SecurityGroup", /^PostgreSQL/);
    const redis = idOf("AWS::EC2::SecurityGroup", /^Redis/);
    const ingressInto = (groupId: string) =>
      ofType("AWS::EC2::SecurityGroupIngress")
        .map(([, r]) => r.Properties!)
        .filter((p) => JSON.stringify(p.GroupId).includes(`"${groupId}"`));
    const sources = (groupId: string) => ingressInto(groupId).map((p) => (p.SourceSecurityGroupId as { "Fn::GetAtt": string[] })["Fn::GetAtt"][0]);
    assert.deepEqual(new Set(sources(database)), new Set([app, proxy]));
    assert.deepEqual(sources(proxy), [app]);
    assert.deepEqual(sources(redis), [app]);
    for (const groupId of [database, proxy, redis]) {
      const inline = resources[groupId]!.Properties!.SecurityGroupIngress;
      assert.equal(inline, undefined, `${groupId} has no inline (CIDR) ingress`);
      for (const rule of ingressInto(groupId)) assert.equal(rule.CidrIp, undefined);
    }
  });

  test("max_connections is set, so the connections alarm has a fixed ceiling", () => {
    prod.hasResourceProperties("AWS::RDS::DBParameterGroup", { Parameters: { max_connections: String(sizes["220k"].maxConnections) } });
  });
});

describe("the app on ECS Fargate", () => {
  test("liveness on /api/health in the container, readiness on /api/ready at the load balancer", () => {
    prod.hasResourceProperties("AWS::ECS::TaskDefinition", {
      ContainerDefinitions: [
        Match.objectLike({ Name: "app", HealthCheck: Match.objectLike({ Command: Match.arrayWith([Match.stringLikeRegexp("/api/health")]) }) }),
      ],
    });
    prod.hasResourceProperties("AWS::ElasticLoadBalancingV2::TargetGroup", { HealthCheckPath: "/api/ready", Port: 3000, TargetType: "ip" });
  });

  test("scales on CPU and on requests per target, within the preset's task counts", () => {
    prod.hasResourceProperties("AWS::ApplicationAutoScaling::ScalableTarget", { MinCapacity: sizes["220k"].minTasks, MaxCapacity: sizes["220k"].maxTasks });
    prod.hasResourceProperties("AWS::ApplicationAutoScaling::ScalingPolicy", {
      TargetTrackingScalingPolicyConfiguration: Match.objectLike({
        PredefinedMetricSpecification: { PredefinedMetricType: "ECSServiceAverageCPUUtilization" },
        TargetValue: 60,
      }),
    });
    prod.hasResourceProperties("AWS::ApplicationAutoScaling::ScalingPolicy", {
      TargetTrackingScalingPolicyConfiguration: Match.objectLike({
        PredefinedMetricSpecification: Match.objectLike({ PredefinedMetricType: "ALBRequestCountPerTarget" }),
        TargetValue: sizes["220k"].requestsPerTaskPerMinute,
      }),
    });
  });

  test("a migration task runs (and must succeed) before the service is updated", () => {
    prod.hasResourceProperties("AWS::ECS::TaskDefinition", {
      ContainerDefinitions: [Match.objectLike({ Name: "migrate", Command: Match.arrayWith([Match.stringLikeRegexp("node scripts/migrate.mjs deploy")]) })],
    });
    const [triggerId] = only(ofType("Custom::Trigger"));
    const [, service] = only(ofType("AWS::ECS::Service"));
    assert.ok(service.DependsOn?.includes(triggerId), "the service waits for the migration trigger");
  });

  test("the load balancer only forwards requests carrying CloudFront's secret origin header", () => {
    prod.hasResourceProperties("AWS::ElasticLoadBalancingV2::Listener", {
      DefaultActions: [Match.objectLike({ Type: "fixed-response", FixedResponseConfig: Match.objectLike({ StatusCode: "403" }) })],
    });
    prod.hasResourceProperties("AWS::ElasticLoadBalancingV2::ListenerRule", {
      Conditions: [Match.objectLike({ Field: "http-header", HttpHeaderConfig: Match.objectLike({ HttpHeaderName: "x-origin-verify" }) })],
    });
  });

  test("TRUSTED_PROXY_HOPS counts CloudFront and the ALB", () => {
    prod.hasResourceProperties("AWS::ECS::TaskDefinition", {
      ContainerDefinitions: [Match.objectLike({ Name: "app", Environment: Match.arrayWith([{ Name: "TRUSTED_PROXY_HOPS", Value: "2" }]) })],
    });
  });
});

describe("secrets", () => {
  test("AUTH_SECRET, database and Redis credentials and the Inngest keys come from Secrets Manager", () => {
    const app = only(
      ofType("AWS::ECS::TaskDefinition")
        .map(([, r]) => (r.Properties!.ContainerDefinitions as { Name: string; Secrets?: { Name: string }[] }[])[0]!)
        .filter((c) => c.Name === "app"),
    );
    const names = app.Secrets!.map((s) => s.Name).sort();
    for (const name of ["AUTH_SECRET", "DB_PASSWORD", "DB_USER", "INNGEST_EVENT_KEY", "INNGEST_SIGNING_KEY", "METRICS_TOKEN", "REDIS_AUTH_TOKEN"])
      assert.ok(names.includes(name), name);
  });

  test("no secret in plain text anywhere in the template", () => {
    const json = JSON.stringify(prod.toJSON());
    // Every container variable that sounds secret is a Secrets Manager reference, never a value.
    for (const [, r] of ofType("AWS::ECS::TaskDefinition")) {
      for (const c of r.Properties!.ContainerDefinitions as { Environment?: { Name: string }[] }[]) {
        for (const e of c.Environment ?? []) assert.doesNotMatch(e.Name, /SECRET|PASSWORD|TOKEN|KEY|DATABASE_URL|REDIS_URL/, e.Name);
      }
    }
    prod.hasResourceProperties("AWS::RDS::DBInstance", {
      MasterUserPassword: Match.objectLike({ "Fn::Join": Match.arrayWith([Match.arrayWith([Match.stringLikeRegexp("^\\{\\{resolve:secretsmanager:")])]) }),
    });
    assert.doesNotMatch(json, /"(MasterUserPassword|AuthToken|SecretString)":"[^{]/);
    // Connection strings are assembled from the injected secrets inside the container.
    assert.match(json, /postgresql:\/\/\$DB_USER:\$DB_PASSWORD@/);
    // The origin header's value, sent by CloudFront and checked by the ALB, is a dynamic reference in both places.
    const dynamicReference = Match.objectLike({ "Fn::Join": Match.arrayWith([Match.arrayWith([Match.stringLikeRegexp("^\\{\\{resolve:secretsmanager:")])]) });
    prod.hasResourceProperties("AWS::CloudFront::Distribution", {
      DistributionConfig: Match.objectLike({
        Origins: [Match.objectLike({ OriginCustomHeaders: [{ HeaderName: "x-origin-verify", HeaderValue: dynamicReference }] })],
      }),
    });
    prod.hasResourceProperties("AWS::ElasticLoadBalancingV2::ListenerRule", {
      Conditions: [Match.objectLike({ HttpHeaderConfig: { HttpHeaderName: "x-origin-verify", Values: [dynamicReference] } })],
    });
  });
});

describe("CloudFront", () => {
  type Behavior = { PathPattern?: string; CachePolicyId: unknown; OriginRequestPolicyId?: unknown; AllowedMethods?: string[] };
  const config = only(ofType("AWS::CloudFront::Distribution"))[1].Properties!.DistributionConfig as {
    DefaultCacheBehavior: Behavior;
    CacheBehaviors: Behavior[];
  };
  const policies = Object.fromEntries(
    ofType("AWS::CloudFront::CachePolicy").map(([id, r]) => [
      id,
      r.Properties!.CachePolicyConfig as {
        Comment: string;
        DefaultTTL: number;
        ParametersInCacheKeyAndForwardedToOrigin: Record<
          string,
          { CookieBehavior?: string; QueryStringBehavior?: string; HeaderBehavior?: string; Headers?: string[] }
        >;
      },
    ]),
  );
  const CACHING_DISABLED = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad";
  const CACHING_OPTIMIZED = "658327ea-f89d-4fab-a63d-7e88639e58f6";
  const behavior = (pattern: string) => only(config.CacheBehaviors.filter((b) => b.PathPattern === pattern));
  const policyOf = (b: Behavior) => policies[(b.CachePolicyId as { Ref: string }).Ref]!;

  test("behaviours in the order of README's table", () => {
    assert.deepEqual(
      config.CacheBehaviors.map((b) => b.PathPattern),
      ["/_next/static/*", "/api/v1/catalog*", "/api/inngest", "/courses*", "/"],
    );
  });

  test("immutable /_next/static is cached without cookies or query", () => {
    assert.equal(behavior("/_next/static/*").CachePolicyId, CACHING_OPTIMIZED);
  });

  test("the catalog API and public pages follow the origin's s-maxage, keyed without cookies", () => {
    for (const pattern of ["/api/v1/catalog*", "/courses*", "/"]) {
      const b = behavior(pattern);
      const policy = policyOf(b);
      assert.equal(policy.DefaultTTL, 0, `${pattern}: only what the origin marks cacheable is cached`);
      assert.equal(policy.ParametersInCacheKeyAndForwardedToOrigin.CookiesConfig!.CookieBehavior, "none", pattern);
      assert.equal(policy.ParametersInCacheKeyAndForwardedToOrigin.QueryStringsConfig!.QueryStringBehavior, "all", pattern);
      assert.equal(b.OriginRequestPolicyId, undefined, `${pattern}: no cookies forwarded`);
      assert.deepEqual(b.AllowedMethods, ["GET", "HEAD", "OPTIONS"]);
    }
    const pageHeaders = policyOf(behavior("/courses*")).ParametersInCacheKeyAndForwardedToOrigin.HeadersConfig!;
    assert.equal(pageHeaders.HeaderBehavior, "whitelist");
    assert.ok(pageHeaders.Headers!.includes("rsc"), "an RSC payload is never served for HTML");
  });

  test("signed-in, admin and other API paths (the default) and Inngest are not cached and get everything", () => {
    for (const b of [config.DefaultCacheBehavior, behavior("/api/inngest")]) {
      assert.equal(b.CachePolicyId, CACHING_DISABLED);
      assert.ok(b.OriginRequestPolicyId, "cookies, query strings and headers are forwarded");
      assert.ok(b.AllowedMethods!.includes("POST"));
    }
    for (const path of ["/dashboard", "/admin/system", "/practice/x", "/api/v1/dashboard"]) {
      const matched = config.CacheBehaviors.filter((b) => new RegExp(`^${b.PathPattern!.replace(/[.]/g, "\\.").replace(/\*/g, ".*")}$`).test(path));
      assert.deepEqual(matched, [], `${path} falls to the default behaviour`);
    }
  });
});

describe("alarms", () => {
  type Alarm = {
    AlarmDescription: string;
    MetricName?: string;
    Namespace?: string;
    Threshold: number;
    ExtendedStatistic?: string;
    Metrics?: { Expression?: string; MetricStat?: { Metric: { MetricName: string } } }[];
    AlarmActions: unknown[];
  };
  const alarms = ofType("AWS::CloudWatch::Alarm").map(([, r]) => r.Properties as unknown as Alarm);
  const find = (description: RegExp) => only(alarms.filter((a) => description.test(a.AlarmDescription)));
  const metricNames = (a: Alarm) => (a.Metrics ?? []).map((m) => m.MetricStat?.Metric.MetricName).filter(Boolean);
  const critical = only(ofType("AWS::SNS::Topic").filter(([, r]) => r.Properties!.DisplayName === "IB Revise critical"))[0];
  const warning = only(ofType("AWS::SNS::Topic").filter(([, r]) => r.Properties!.DisplayName === "IB Revise warning"))[0];
  const notifies = (a: Alarm, topic: string) => assert.deepEqual(a.AlarmActions, [{ Ref: topic }], a.AlarmDescription);

  test("critical: API error rate over 1 %", () => {
    const a = find(/more than 1 % of requests/);
    assert.equal(a.Threshold, 1);
    assert.deepEqual(metricNames(a).sort(), ["HTTPCode_ELB_5XX_Count", "HTTPCode_Target_5XX_Count", "RequestCount"]);
    notifies(a, critical);
  });

  test("critical: any 5xx", () => {
    const a = find(/a 5xx response/);
    assert.equal(a.Threshold, 0);
    notifies(a, critical);
  });

  test("critical: p95 over 2 s", () => {
    const a = find(/p95 response time/);
    assert.equal(a.MetricName, "TargetResponseTime");
    assert.equal(a.ExtendedStatistic, "p95");
    assert.equal(a.Threshold, 2);
    notifies(a, critical);
  });

  test("critical: database connections exhausted, on the primary and the replica", () => {
    for (const which of ["primary", "replica"]) {
      const a = find(new RegExp(`${which} database connections`));
      assert.equal(a.MetricName, "DatabaseConnections");
      assert.equal(a.Threshold, Math.floor(sizes["220k"].maxConnections * 0.9));
      notifies(a, critical);
    }
  });

  test("warnings: CPU, disk and memory of the app, the databases and Redis; replica lag", () => {
    const expected: [RegExp, string, string][] = [
      [/app CPU/, "AWS/ECS", "CPUUtilization"],
      [/app memory/, "AWS/ECS", "MemoryUtilization"],
      [/primary database CPU/, "AWS/RDS", "CPUUtilization"],
      [/replica database CPU/, "AWS/RDS", "CPUUtilization"],
      [/primary database has under 10 % of its storage/, "AWS/RDS", "FreeStorageSpace"],
      [/replica database has under 10 % of its storage/, "AWS/RDS", "FreeStorageSpace"],
      [/primary database has under 10 % of its memory/, "AWS/RDS", "FreeableMemory"],
      [/Redis engine CPU/, "AWS/ElastiCache", "EngineCPUUtilization"],
      [/Redis memory/, "AWS/ElastiCache", "DatabaseMemoryUsagePercentage"],
      [/replica is more than 10 s behind/, "AWS/RDS", "ReplicaLag"],
    ];
    for (const [description, namespace, metric] of expected) {
      const a = find(description);
      assert.equal(a.Namespace, namespace, String(description));
      assert.equal(a.MetricName, metric, String(description));
      notifies(a, warning);
    }
  });
});

describe("stages and sizes", () => {
  test("dev: a single-AZ primary, still with a replica; no deletion protection", () => {
    const dev = synth("dev");
    dev.hasResourceProperties("AWS::RDS::DBInstance", { MultiAZ: false, DeletionProtection: false, DBInstanceClass: "db.t4g.medium" });
    dev.resourceCountIs("AWS::RDS::DBInstance", 2);
  });

  test("the 2M preset sizes everything from the cost model", () => {
    const big = synth("prod", "2m");
    big.hasResourceProperties("AWS::RDS::DBInstance", { DBInstanceClass: "db.m7g.2xlarge", MultiAZ: true });
    big.hasResourceProperties("AWS::RDS::DBInstance", { DBInstanceClass: "db.m7g.xlarge", SourceDBInstanceIdentifier: Match.anyValue() });
    big.hasResourceProperties("AWS::ElastiCache::ReplicationGroup", { CacheNodeType: "cache.r7g.large" });
    big.hasResourceProperties("AWS::ApplicationAutoScaling::ScalableTarget", { MinCapacity: 35, MaxCapacity: 70 });
  });
});
