# syntax=docker/dockerfile:1
# quizdeck: build with dev dependencies, run on a slim Node 24 with production ones only.
# test/ops/docker.test.ts runs this file's build stage as a script and checks the runtime stage.

FROM node:24-bookworm-slim AS build
WORKDIR /app
# sqlite3 compiles its native addon when no prebuilt binary fits the platform.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json .npmrc ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build
# Same node_modules minus dev dependencies: keeps the sqlite3 addon built above. TypeScript is also
# i18next's optional peer (for its types), which npm keeps in a production tree: nothing loads it.
RUN npm prune --omit=dev --no-audit --no-fund && rm -rf node_modules/typescript

FROM node:24-bookworm-slim AS runtime
# NODE_OPTIONS: the same young-generation cap as npm start (lower RSS, shorter GC pauses; see bench/).
# HTTP_HOST: all of the container's interfaces, so a published port reaches it; publish it on the
# host's loopback only (docker run -p 127.0.0.1:8080:8080), as the README does.
ENV NODE_ENV=production \
    NODE_OPTIONS=--max-semi-space-size=8 \
    HTTP_PORT=8080 \
    HTTP_HOST=0.0.0.0 \
    STORE_URL=sqlite:///app/data/quizdeck.sqlite \
    DECKS_DIR=/app/decks
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY decks ./decks
# The image's "node" user (uid 1000) owns only the data folder: the code stays read-only to it.
RUN mkdir -p /app/data && chown node:node /app/data
USER node
VOLUME ["/app/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+process.env.HTTP_PORT+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# node is PID 1 and handles SIGTERM itself: running rounds end with a notice, the store is flushed.
STOPSIGNAL SIGTERM
CMD ["node", "dist/index.js"]
