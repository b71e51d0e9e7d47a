#!/usr/bin/env bash
# Signs a test delivery as a platform would, and posts it with curl.
#
#   scripts/sign-webhook.sh meta    BODY.json [URL]      # X-Hub-Signature-256, secret TRIAGE_META_APP_SECRET
#   scripts/sign-webhook.sh x       BODY.json [URL]      # x-twitter-webhooks-signature, TRIAGE_X_CONSUMER_SECRET
#   scripts/sign-webhook.sh generic BODY.json SOURCE [URL]   # Standard Webhooks, TRIAGE_GENERIC_WEBHOOK_SECRET
#
# URL defaults to http://localhost:8080. Needs openssl, base64, xxd and curl.
set -euo pipefail
kind=${1:?meta, x or generic}
body=${2:?the JSON file to send}
base=http://localhost:8080

hmac_hex() { openssl dgst -sha256 -hmac "$1" -binary "$2" | xxd -p -c 256; }
hmac_b64() { openssl dgst -sha256 -hmac "$1" -binary "$2" | base64 -w0; }

case "$kind" in
  meta)
    secret=${TRIAGE_META_APP_SECRET:?set TRIAGE_META_APP_SECRET}
    url=${3:-$base}/webhooks/meta
    curl -sS -i -X POST "$url" -H 'Content-Type: application/json' \
      -H "X-Hub-Signature-256: sha256=$(hmac_hex "$secret" "$body")" --data-binary @"$body"
    ;;
  x)
    secret=${TRIAGE_X_CONSUMER_SECRET:?set TRIAGE_X_CONSUMER_SECRET}
    url=${3:-$base}/webhooks/x
    curl -sS -i -X POST "$url" -H 'Content-Type: application/json' \
      -H "x-twitter-webhooks-signature: sha256=$(hmac_b64 "$secret" "$body")" --data-binary @"$body"
    ;;
  generic)
    secret=${TRIAGE_GENERIC_WEBHOOK_SECRET:?set TRIAGE_GENERIC_WEBHOOK_SECRET (whsec_...)}
    source=${3:?the source name, for example webform}
    url=${4:-$base}/webhooks/generic/$source
    id="msg_$(date +%s%N)"
    ts=$(date +%s)
    key_hex=$(printf '%s' "${secret#whsec_}" | base64 -d | xxd -p -c 256)
    signed=$(mktemp)
    { printf '%s.%s.' "$id" "$ts"; cat "$body"; } > "$signed"
    sig=$(openssl dgst -sha256 -mac HMAC -macopt "hexkey:$key_hex" -binary "$signed" | base64 -w0)
    rm -f "$signed"
    curl -sS -i -X POST "$url" -H 'Content-Type: application/json' -H "webhook-id: $id" \
      -H "webhook-timestamp: $ts" -H "webhook-signature: v1,$sig" --data-binary @"$body"
    ;;
  *) echo "unknown kind $kind: meta, x or generic" >&2; exit 2 ;;
esac
echo
