#!/usr/bin/env bash
# Opens an incident under the 'fast' policy (examples/fast-policy.yaml), reports the fix, then pushes clean samples
# every second as an agent would, printing the incident's state until it is lifted. Needs curl, python3, openssl.
#   BASE=http://localhost:8080 examples/fast-lift.sh
set -euo pipefail
cd "$(dirname "$0")/.."
base="${BASE:-http://localhost:8080}"
token="$(bin/dev-token operator demo-operator)"
account="xsfast$(date +%s)"
auth=(-H "Authorization: Bearer ${token}" -H 'Content-Type: application/json')

id=$(curl -sf "${auth[@]}" -XPOST "${base}/api/v1/incidents" -d '{
  "account": { "id": "'"${account}"'", "email": "owner@example.jp", "locale": "ja", "domains": ["blog.example"] },
  "cause": "MASS_MAIL", "policy": "fast", "evidence": { "summary": "demo" } }' | python3 -c 'import sys,json;print(json.load(sys.stdin)["id"])')
curl -sf "${auth[@]}" -XPOST "${base}/api/v1/incidents/${id}/reports" \
  -d '{ "channel": "OPERATOR", "checklist": { "recaptcha": true } }' >/dev/null
start=$(date +%s)
echo "incident ${id} for ${account}: reported, pushing clean samples"
for _ in $(seq 1 90); do
  now=$(date -u +%Y-%m-%dT%H:%M:%SZ)
  curl -sf "${auth[@]}" -XPOST "${base}/api/v1/samples" \
    -d '{ "samples": [ { "account": "'"${account}"'", "metric": "mail_sent_per_hour", "at": "'"${now}"'", "value": 7 } ] }' >/dev/null
  state=$(curl -sf "${auth[@]}" "${base}/api/v1/incidents/${id}" \
    | python3 -c 'import sys,json;i=json.load(sys.stdin);print(i["state"], i["stage"]["level"], i["stage"]["name"])')
  echo "$(( $(date +%s) - start ))s  ${state}"
  case "${state}" in LIFTED*) echo "lifted after $(( $(date +%s) - start )) s"; exit 0 ;; esac
  sleep 1
done
echo "not lifted within 90 s" >&2
exit 1
