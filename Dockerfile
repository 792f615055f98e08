# Production image: builds the Next admin UI and reader pages, runs server.ts (Express + Payload).
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
# The build needs a secret to load the config; it is not baked into the image.
RUN PAYLOAD_SECRET=build-only-secret NODE_ENV=production npx next build

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000
COPY --from=build /app /app
RUN mkdir -p /app/media /app/data && chown -R node:node /app/media /app/data
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s CMD node -e "fetch('http://127.0.0.1:3000/healthz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# Unlike `npm start`, the image never generates a secret: it refuses to start without PAYLOAD_SECRET.
# --no-regexp-tier-up: compile regexes natively at once (the screening engine runs the same few hundred on
# every comment; V8's interpret-first default left many interpreted, 1.6x slower on long comments).
CMD ["sh", "-c", "if [ -z \"$PAYLOAD_SECRET\" ]; then echo 'PAYLOAD_SECRET must be set (e.g. openssl rand -hex 32)' >&2; exit 1; fi; exec node --conditions=production --max-old-space-size=384 --no-regexp-tier-up --import tsx server.ts"]
