import { Duration, RemovalPolicy } from "aws-cdk-lib";
import * as ec2 from "aws-cdk-lib/aws-ec2";
import * as elasticache from "aws-cdk-lib/aws-elasticache";
import * as rds from "aws-cdk-lib/aws-rds";
import * as secretsmanager from "aws-cdk-lib/aws-secretsmanager";
import { Construct } from "constructs";
import type { Size, Stage } from "./presets.js";

// Generated passwords end up inside DATABASE_URL and REDIS_URL, so they must not need URL-encoding.
const NOT_URL_SAFE = " %+~`#$&*()|[]{}:;<>?!'/@\"\\^=,.";

export type DataTierProps = { vpc: ec2.IVpc; appSecurityGroup: ec2.ISecurityGroup; stageName: string; stage: Stage; size: Size };

/**
 * PostgreSQL primary (Multi-AZ in production) with a streaming read replica, RDS Proxy in front of the
 * primary (RDS Proxy cannot front an RDS replica, so replicas are reached directly: the app's pools per task
 * are sized for it), and ElastiCache Redis with TLS and an auth token. Only the app's security group gets in.
 */
export class DataTier extends Construct {
  readonly primary: rds.DatabaseInstance;
  readonly replica: rds.DatabaseInstanceReadReplica;
  readonly proxy: rds.DatabaseProxy;
  readonly databaseSecret: secretsmanager.ISecret;
  readonly databaseSecurityGroup: ec2.SecurityGroup;
  readonly redis: elasticache.CfnReplicationGroup;
  readonly redisAuthToken: secretsmanager.Secret;
  readonly redisSecurityGroup: ec2.SecurityGroup;
  readonly databaseName = "ib_revise";

  constructor(scope: Construct, id: string, props: DataTierProps) {
    super(scope, id);
    const { vpc, appSecurityGroup, stage, size } = props;
    const isolated = { subnetType: ec2.SubnetType.PRIVATE_ISOLATED };

    this.databaseSecurityGroup = new ec2.SecurityGroup(this, "DatabaseSg", {
      vpc,
      description: "PostgreSQL: the app and RDS Proxy only",
      allowAllOutbound: false,
    });
    const proxySecurityGroup = new ec2.SecurityGroup(this, "ProxySg", { vpc, description: "RDS Proxy: the app only", allowAllOutbound: false });
    proxySecurityGroup.addIngressRule(appSecurityGroup, ec2.Port.tcp(5432), "app to RDS Proxy");
    proxySecurityGroup.addEgressRule(this.databaseSecurityGroup, ec2.Port.tcp(5432), "RDS Proxy to PostgreSQL");
    this.databaseSecurityGroup.addIngressRule(proxySecurityGroup, ec2.Port.tcp(5432), "RDS Proxy to PostgreSQL");
    // Replica reads and the release step's migrations connect directly (migrations must not go through a pooler).
    this.databaseSecurityGroup.addIngressRule(appSecurityGroup, ec2.Port.tcp(5432), "app to PostgreSQL (replica reads, migrations)");

    const engine = rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16 });
    const parameterGroup = new rds.ParameterGroup(this, "Parameters", {
      engine,
      parameters: { max_connections: String(size.maxConnections), "rds.force_ssl": "1" },
    });
    const credentials = rds.Credentials.fromGeneratedSecret("ib_revise", { excludeCharacters: NOT_URL_SAFE });
    const removalPolicy = stage.production ? RemovalPolicy.SNAPSHOT : RemovalPolicy.DESTROY;

    this.primary = new rds.DatabaseInstance(this, "Primary", {
      engine,
      instanceType: new ec2.InstanceType(size.primaryInstanceClass),
      vpc,
      vpcSubnets: isolated,
      securityGroups: [this.databaseSecurityGroup],
      credentials,
      databaseName: this.databaseName,
      parameterGroup,
      multiAz: stage.production,
      allocatedStorage: size.allocatedStorageGiB,
      maxAllocatedStorage: size.maxAllocatedStorageGiB,
      storageType: rds.StorageType.GP3,
      storageEncrypted: true,
      backupRetention: Duration.days(stage.backupRetentionDays),
      deletionProtection: stage.production,
      removalPolicy,
      enablePerformanceInsights: true,
      cloudwatchLogsExports: ["postgresql"],
    });
    this.databaseSecret = this.primary.secret!;

    this.replica = new rds.DatabaseInstanceReadReplica(this, "Replica", {
      sourceDatabaseInstance: this.primary,
      instanceType: new ec2.InstanceType(size.replicaInstanceClass),
      vpc,
      vpcSubnets: isolated,
      securityGroups: [this.databaseSecurityGroup],
      parameterGroup,
      storageEncrypted: true,
      deletionProtection: stage.production,
      removalPolicy: stage.production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });

    this.proxy = this.primary.addProxy("Proxy", {
      secrets: [this.databaseSecret],
      vpc,
      vpcSubnets: isolated,
      securityGroups: [proxySecurityGroup],
      requireTLS: true,
      // Headroom for migrations, the replica's and an operator's connections.
      maxConnectionsPercent: 85,
      borrowTimeout: Duration.seconds(10),
    });

    this.redisSecurityGroup = new ec2.SecurityGroup(this, "RedisSg", { vpc, description: "Redis: the app only", allowAllOutbound: false });
    this.redisSecurityGroup.addIngressRule(appSecurityGroup, ec2.Port.tcp(6379), "app to Redis");
    this.redisAuthToken = new secretsmanager.Secret(this, "RedisAuthToken", {
      description: "ElastiCache auth token (REDIS_URL's password)",
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
    });
    const subnets = new elasticache.CfnSubnetGroup(this, "RedisSubnets", {
      description: "IB Revise Redis",
      subnetIds: vpc.selectSubnets(isolated).subnetIds,
    });
    this.redis = new elasticache.CfnReplicationGroup(this, "Redis", {
      replicationGroupId: `ib-revise-${props.stageName}`,
      replicationGroupDescription: "IB Revise sessions, caches, rate limits and request stats",
      engine: "redis",
      engineVersion: "7.1",
      cacheNodeType: size.cacheNodeType,
      numCacheClusters: stage.production ? 2 : 1,
      automaticFailoverEnabled: stage.production,
      multiAzEnabled: stage.production,
      transitEncryptionEnabled: true,
      atRestEncryptionEnabled: true,
      // A dynamic reference ({{resolve:secretsmanager:...}}): CloudFormation reads it at deploy time.
      authToken: this.redisAuthToken.secretValue.unsafeUnwrap(),
      cacheSubnetGroupName: subnets.ref,
      securityGroupIds: [this.redisSecurityGroup.securityGroupId],
    });
  }

  /** ElastiCache reports per node; the first node of the group is `<id>-001`. */
  get redisPrimaryNodeId(): string {
    return `${this.redis.replicationGroupId}-001`;
  }
}
