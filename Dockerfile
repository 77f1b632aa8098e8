# Production image: Next.js standalone output (the server plus only the node_modules it traces), Node 20.
#   docker build -t ib-revise .
#   docker run --env-file .env.production -p 3000:3000 ib-revise
# Release step (once per deploy, before the new instances take traffic):
#   docker build --target migrate -t ib-revise-migrate . && docker run --env-file .env.production ib-revise-migrate
# The instance is stateless: sessions, caches and rate limits live in Redis; files and jobs in PostgreSQL.

FROM node:20-bookworm-slim AS deps
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund

FROM deps AS build
COPY . .
RUN npx prisma generate && NEXT_OUTPUT=standalone npm run build

# Applies pending migrations with the offline schema engine (scripts/migrate.mjs); needs DATABASE_URL.
FROM deps AS migrate
COPY . .
RUN npx prisma generate
CMD ["node", "scripts/migrate.mjs", "deploy"]

FROM node:20-bookworm-slim AS runner
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
RUN useradd --system --uid 1001 app
COPY --from=build --chown=app /app/.next/standalone ./
COPY --from=build --chown=app /app/.next/static ./.next/static
COPY --from=build --chown=app /app/public ./public
USER app
EXPOSE 3000
# Liveness only (no dependencies): a slow database must not get healthy instances killed. Load balancers
# route on /api/ready instead.
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:3000/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "server.js"]
