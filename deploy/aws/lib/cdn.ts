import { Duration } from "aws-cdk-lib";
import * as cloudfront from "aws-cdk-lib/aws-cloudfront";
import * as origins from "aws-cdk-lib/aws-cloudfront-origins";
import type * as elbv2 from "aws-cdk-lib/aws-elasticloadbalancingv2";
import type * as secretsmanager from "aws-cdk-lib/aws-secretsmanager";
import { Construct } from "constructs";
import { ORIGIN_VERIFY_HEADER } from "./app-service.js";

// App Router responses vary on these request headers (HTML vs RSC payload, prefetches); `_rsc` in the
// query string is Next's hash of them. Both go into the key of every cached page so an RSC payload is
// never served to a browser asking for HTML (node_modules/next/dist/docs, "CDN Caching").
const NEXT_ROUTER_HEADERS = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch"];

export type CdnProps = { loadBalancer: elbv2.IApplicationLoadBalancer; originVerifySecret: secretsmanager.ISecret };

/**
 * CloudFront in front of the ALB with the behaviours README's "Deploying" table lists: immutable
 * `/_next/static`, the public catalog API and public pages cached for as long as the origin's `s-maxage`
 * says (no cookies forwarded, so a signed-in response can never be cached for others), everything else
 * (signed-in pages, admin, the rest of the API, Inngest) not cached and forwarded whole.
 */
export class Cdn extends Construct {
  readonly distribution: cloudfront.Distribution;

  constructor(scope: Construct, id: string, props: CdnProps) {
    super(scope, id);
    const origin = new origins.LoadBalancerV2Origin(props.loadBalancer, {
      protocolPolicy: cloudfront.OriginProtocolPolicy.HTTP_ONLY,
      customHeaders: { [ORIGIN_VERIFY_HEADER]: props.originVerifySecret.secretValue.unsafeUnwrap() },
      readTimeout: Duration.seconds(60),
    });

    // TTLs 0 by default: only what the origin marks `s-maxage`/`max-age` is cached, for as long as it says.
    const catalogApi = new cloudfront.CachePolicy(this, "CatalogApi", {
      comment: "Public catalog API: origin's s-maxage; the query string is part of the key; no cookies",
      defaultTtl: Duration.seconds(0),
      minTtl: Duration.seconds(0),
      maxTtl: Duration.days(1),
      queryStringBehavior: cloudfront.CacheQueryStringBehavior.all(),
      cookieBehavior: cloudfront.CacheCookieBehavior.none(),
      headerBehavior: cloudfront.CacheHeaderBehavior.none(),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
    });
    const publicPages = new cloudfront.CachePolicy(this, "PublicPages", {
      comment: "Public pages (ISR): origin's s-maxage; keyed on Next's router headers and _rsc; no cookies",
      defaultTtl: Duration.seconds(0),
      minTtl: Duration.seconds(0),
      maxTtl: Duration.days(365),
      queryStringBehavior: cloudfront.CacheQueryStringBehavior.all(),
      cookieBehavior: cloudfront.CacheCookieBehavior.none(),
      headerBehavior: cloudfront.CacheHeaderBehavior.allowList(...NEXT_ROUTER_HEADERS),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
    });

    const uncached: cloudfront.BehaviorOptions = {
      origin,
      viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,
      cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
      // Cookies, query strings, Origin, Accept and the rest; CloudFront appends the viewer to X-Forwarded-For.
      originRequestPolicy: cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
      compress: true,
    };
    const cached = (cachePolicy: cloudfront.ICachePolicy): cloudfront.BehaviorOptions => ({
      origin,
      viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD_OPTIONS,
      cachePolicy,
      compress: true,
    });

    this.distribution = new cloudfront.Distribution(this, "Distribution", {
      comment: "IB Revise",
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,
      defaultBehavior: uncached,
      additionalBehaviors: {
        // Content-hashed file names, `public, max-age=31536000, immutable` from the origin.
        "/_next/static/*": cached(cloudfront.CachePolicy.CACHING_OPTIMIZED),
        "/api/v1/catalog*": cached(catalogApi),
        "/api/inngest": uncached,
        "/courses*": cached(publicPages),
        "/": cached(publicPages),
      },
    });
  }
}
