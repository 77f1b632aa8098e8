import { Duration } from "aws-cdk-lib";
import * as cloudwatch from "aws-cdk-lib/aws-cloudwatch";
import * as actions from "aws-cdk-lib/aws-cloudwatch-actions";
import type * as ecs from "aws-cdk-lib/aws-ecs";
import * as elbv2 from "aws-cdk-lib/aws-elasticloadbalancingv2";
import type * as rds from "aws-cdk-lib/aws-rds";
import * as sns from "aws-cdk-lib/aws-sns";
import * as subscriptions from "aws-cdk-lib/aws-sns-subscriptions";
import { Construct } from "constructs";
import type { Size } from "./presets.js";

export type AlarmsProps = {
  loadBalancer: elbv2.ApplicationLoadBalancer;
  targetGroup: elbv2.ApplicationTargetGroup;
  service: ecs.FargateService;
  primary: rds.DatabaseInstance;
  replica: rds.DatabaseInstanceReadReplica;
  redisNodeId: string;
  size: Size;
  alarmEmail?: string;
};

/**
 * The conditions the scaling write-ups this product follows alert on. Critical (page someone): API error
 * rate over 1 %, any 5xx, p95 over 2 s, database connections exhausted. Warning: CPU, disk and memory of
 * the app, the database and Redis, and replica lag. deploy/prometheus/alerts.yml has the same rules on
 * the app's own metrics for self-hosters.
 */
export class Alarms extends Construct {
  readonly critical: sns.Topic;
  readonly warning: sns.Topic;

  constructor(scope: Construct, id: string, props: AlarmsProps) {
    super(scope, id);
    const { loadBalancer, targetGroup, service, primary, replica, size } = props;
    this.critical = new sns.Topic(this, "Critical", { displayName: "IB Revise critical" });
    this.warning = new sns.Topic(this, "Warning", { displayName: "IB Revise warning" });
    if (props.alarmEmail) {
      this.critical.addSubscription(new subscriptions.EmailSubscription(props.alarmEmail));
      this.warning.addSubscription(new subscriptions.EmailSubscription(props.alarmEmail));
    }

    const minute = Duration.minutes(1);
    const alb = loadBalancer.metrics;
    const targetFiveXx = alb.httpCodeTarget(elbv2.HttpCodeTarget.TARGET_5XX_COUNT, { period: minute, statistic: "Sum" });
    const albFiveXx = alb.httpCodeElb(elbv2.HttpCodeElb.ELB_5XX_COUNT, { period: minute, statistic: "Sum" });
    const requests = alb.requestCount({ period: minute, statistic: "Sum" });

    const critical = (alarm: cloudwatch.Alarm) => {
      alarm.addAlarmAction(new actions.SnsAction(this.critical));
      alarm.addOkAction(new actions.SnsAction(this.critical));
      return alarm;
    };
    const warning = (alarm: cloudwatch.Alarm) => {
      alarm.addAlarmAction(new actions.SnsAction(this.warning));
      return alarm;
    };

    critical(
      new cloudwatch.MathExpression({
        expression: "100 * (FILL(t5, 0) + FILL(e5, 0)) / req",
        usingMetrics: { t5: targetFiveXx, e5: albFiveXx, req: requests },
        period: minute,
        label: "5xx % of requests",
      }).createAlarm(this, "ApiErrorRate", {
        alarmDescription: "Critical: more than 1 % of requests answered 5xx for 5 minutes",
        threshold: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
        evaluationPeriods: 5,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      }),
    );

    critical(
      new cloudwatch.MathExpression({
        expression: "FILL(t5, 0) + FILL(e5, 0)",
        usingMetrics: { t5: targetFiveXx, e5: albFiveXx },
        period: minute,
        label: "5xx responses",
      }).createAlarm(this, "Any5xx", {
        alarmDescription: "Critical: a 5xx response (from the app or the load balancer)",
        threshold: 0,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      }),
    );

    critical(
      targetGroup.metrics.targetResponseTime({ period: minute, statistic: "p95" }).createAlarm(this, "LatencyP95", {
        alarmDescription: "Critical: p95 response time over 2 s for 5 minutes",
        threshold: 2,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
        evaluationPeriods: 5,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      }),
    );

    // max_connections is set in the parameter group (presets.ts), so 90 % of it is a fixed number.
    const connectionsCeiling = Math.floor(size.maxConnections * 0.9);
    for (const [name, db] of [
      ["Primary", primary],
      ["Replica", replica],
    ] as const) {
      critical(
        db.metricDatabaseConnections({ period: minute, statistic: "Maximum" }).createAlarm(this, `${name}ConnectionsExhausted`, {
          alarmDescription: `Critical: ${name.toLowerCase()} database connections above 90 % of max_connections (${size.maxConnections})`,
          threshold: connectionsCeiling,
          comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
          evaluationPeriods: 3,
        }),
      );
      warning(
        db.metricCPUUtilization({ period: Duration.minutes(5) }).createAlarm(this, `${name}Cpu`, {
          alarmDescription: `Warning: ${name.toLowerCase()} database CPU above 80 % for 15 minutes`,
          threshold: 80,
          evaluationPeriods: 3,
        }),
      );
      warning(
        db.metricFreeStorageSpace({ period: Duration.minutes(5) }).createAlarm(this, `${name}Disk`, {
          alarmDescription: `Warning: ${name.toLowerCase()} database has under 10 % of its storage free`,
          threshold: size.allocatedStorageGiB * 0.1 * 1024 ** 3,
          comparisonOperator: cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD,
          evaluationPeriods: 1,
        }),
      );
      warning(
        db.metricFreeableMemory({ period: Duration.minutes(5) }).createAlarm(this, `${name}Memory`, {
          alarmDescription: `Warning: ${name.toLowerCase()} database has under 10 % of its memory free`,
          threshold: size.databaseMemoryGiB * 0.1 * 1024 ** 3,
          comparisonOperator: cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD,
          evaluationPeriods: 3,
        }),
      );
    }
    warning(
      replica.metric("ReplicaLag", { period: minute, statistic: "Maximum" }).createAlarm(this, "ReplicaLag", {
        alarmDescription: "Warning: the read replica is more than 10 s behind (the app then reads from the primary)",
        threshold: 10,
        evaluationPeriods: 5,
      }),
    );

    warning(
      service.metricCpuUtilization({ period: Duration.minutes(5) }).createAlarm(this, "AppCpu", {
        alarmDescription: "Warning: app CPU above 80 % for 15 minutes (autoscaling aims at 60 %: it may be at its maximum)",
        threshold: 80,
        evaluationPeriods: 3,
      }),
    );
    warning(
      service.metricMemoryUtilization({ period: Duration.minutes(5) }).createAlarm(this, "AppMemory", {
        alarmDescription: "Warning: app memory above 85 % for 15 minutes",
        threshold: 85,
        evaluationPeriods: 3,
      }),
    );

    const redisMetric = (metricName: string) =>
      new cloudwatch.Metric({
        namespace: "AWS/ElastiCache",
        metricName,
        dimensionsMap: { CacheClusterId: props.redisNodeId },
        period: Duration.minutes(5),
        statistic: "Average",
      });
    warning(
      redisMetric("EngineCPUUtilization").createAlarm(this, "RedisCpu", {
        alarmDescription: "Warning: Redis engine CPU above 80 % for 15 minutes",
        threshold: 80,
        evaluationPeriods: 3,
      }),
    );
    warning(
      redisMetric("DatabaseMemoryUsagePercentage").createAlarm(this, "RedisMemory", {
        alarmDescription: "Warning: Redis memory above 80 % (keys with a TTL are evicted when full; sessions are among them)",
        threshold: 80,
        evaluationPeriods: 3,
      }),
    );
  }
}
