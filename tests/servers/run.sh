#!/usr/bin/env bash
# Serves the release package with Debian's nginx and Apache, each using the
# package's own configuration files verbatim, included the way DEPLOY.md tells an
# administrator to, then runs a short browser scenario against each
# (tests/servers/served.spec.ts):
#
#   nginx             a location that includes server/nginx/best-value-self-assessment.conf
#   apache-htaccess   the folder holds dist/ plus server/apache/.htaccess (AllowOverride)
#   apache-directory  AllowOverride None; the <Directory> snippet is Included instead
#
# Each server's own settings are the permissive kind a real server often has
# (directory listings on, a week's expiry on everything), so the test shows the
# shipped configuration overriding them. Servers run on free loopback ports in a
# temporary folder, as root or not, and are stopped (with their workers) on exit,
# whether the tests pass or fail.
#
#   tests/servers/run.sh target/release-package/best-value-self-assessment-<version>.zip
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
ZIP="$(realpath "${1:?usage: tests/servers/run.sh PACKAGE.zip}")"
cd "$ROOT"

WORK="$(mktemp -d)"
GROUPS_STARTED=()
stop_servers() {
  for group in "${GROUPS_STARTED[@]}"; do
    kill -TERM -- "-$group" 2>/dev/null || continue
    for _ in $(seq 50); do kill -0 -- "-$group" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$group" 2>/dev/null || true
  done
  rm -rf "$WORK"
}
trap stop_servers EXIT
trap 'exit 130' INT TERM

free_port() {
  node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

wait_until_serving() { # url, log file
  if ! node -e '
    const [url] = process.argv.slice(1);
    const until = Date.now() + 15000;
    (async function poll() {
      try { await fetch(url); process.exit(0); } catch {}
      if (Date.now() > until) process.exit(1);
      setTimeout(poll, 100);
    })();' "$1"; then
    echo "servers: nothing answers at $1; its log says:" >&2
    cat "$2" >&2 || true
    exit 1
  fi
}

# Starts a server in the foreground of its own process group, so that stopping the
# group also stops every worker it forked.
start() { # name, log, command...
  local name="$1" log="$2"
  shift 2
  setsid "$@" >>"$log" 2>&1 &
  GROUPS_STARTED+=("$!")
  echo "servers: started $name (process group $!)"
}

unzip -q "$ZIP" -d "$WORK/unpacked"
PACKAGE="$(find "$WORK/unpacked" -mindepth 1 -maxdepth 1 -type d)"
VERSION="${PACKAGE##*-}"
DIST="$PACKAGE/dist"

# What the scenario needs beyond the app: a folder without index.html (to ask for a
# listing) and, until the service worker and manifest are part of dist/, stand-ins
# for them so their headers can be checked.
add_checks() { # folder
  mkdir -p "$1/empty-folder"
  [ -e "$1/sw.js" ] || echo "// stand-in service worker for the server tests" >"$1/sw.js"
  [ -e "$1/manifest.webmanifest" ] || echo '{"name": "stand-in manifest for the server tests"}' >"$1/manifest.webmanifest"
}

# nginx --------------------------------------------------------------------------
NGINX_PORT="$(free_port)"
NGINX="$WORK/nginx"
mkdir -p "$NGINX/tmp" "$NGINX/other-site"
add_checks "$DIST"
cat >"$NGINX/nginx.conf" <<EOF
daemon off;
worker_processes 1;
pid $NGINX/nginx.pid;
error_log $NGINX/error.log warn;
events { worker_connections 64; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path $NGINX/tmp/body;
    proxy_temp_path $NGINX/tmp/proxy;
    fastcgi_temp_path $NGINX/tmp/fastcgi;
    uwsgi_temp_path $NGINX/tmp/uwsgi;
    scgi_temp_path $NGINX/tmp/scgi;
    # This server's own habits, which the app's folder must not inherit.
    autoindex on;
    expires 7d;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        server_name localhost;
        root $NGINX/other-site;
        location ~* \.(js|css|wasm)\$ { expires 30d; }

        # As DEPLOY.md says:
        location ^~ /intranet/best-value/ {
            alias $DIST/;
            include $PACKAGE/server/nginx/best-value-self-assessment.conf;
        }
    }
}
EOF

# Apache -------------------------------------------------------------------------
apache_conf() { # folder, port, site configuration
  local dir="$1" port="$2" site="$3"
  mkdir -p "$dir/run"
  local user=""
  # As root, Apache must hand its workers to an unprivileged user.
  [ "$(id -u)" -ne 0 ] || user=$'User nobody\nGroup nogroup'
  cat >"$dir/apache.conf" <<EOF
ServerName 127.0.0.1
Listen 127.0.0.1:$port
PidFile $dir/run/apache.pid
DefaultRuntimeDir $dir/run
Mutex file:$dir/run default
ErrorLog $dir/error.log
LogLevel warn
$user
StartServers 1
LoadModule mpm_event_module /usr/lib/apache2/modules/mod_mpm_event.so
LoadModule authz_core_module /usr/lib/apache2/modules/mod_authz_core.so
LoadModule mime_module /usr/lib/apache2/modules/mod_mime.so
LoadModule dir_module /usr/lib/apache2/modules/mod_dir.so
LoadModule alias_module /usr/lib/apache2/modules/mod_alias.so
LoadModule autoindex_module /usr/lib/apache2/modules/mod_autoindex.so
LoadModule headers_module /usr/lib/apache2/modules/mod_headers.so
LoadModule expires_module /usr/lib/apache2/modules/mod_expires.so
TypesConfig /etc/mime.types
<Directory />
    AllowOverride None
    Require all denied
</Directory>
# This server's own habits, which the app's folder must not inherit.
ExpiresActive On
ExpiresDefault "access plus 1 week"
$site
EOF
}

APACHE_HTACCESS_PORT="$(free_port)"
HTACCESS="$WORK/apache-htaccess"
mkdir -p "$HTACCESS/www"
cp -R "$DIST" "$HTACCESS/www/best-value"
cp "$PACKAGE/server/apache/.htaccess" "$HTACCESS/www/best-value/"
apache_conf "$HTACCESS" "$APACHE_HTACCESS_PORT" "$(cat <<EOF
# As DEPLOY.md says:
Alias /intranet/best-value "$HTACCESS/www/best-value"
<Directory "$HTACCESS/www/best-value">
    Options Indexes FollowSymLinks
    AllowOverride FileInfo Indexes Options=Indexes
    Require all granted
</Directory>
EOF
)"

APACHE_DIRECTORY_PORT="$(free_port)"
DIRECTORY="$WORK/apache-directory"
apache_conf "$DIRECTORY" "$APACHE_DIRECTORY_PORT" "$(cat <<EOF
# As DEPLOY.md says: the server's own block for the folder, then the shipped one.
Alias /apps/assessment/best-value "$DIST"
<Directory "$DIST">
    Options Indexes FollowSymLinks
    AllowOverride None
    Require all granted
</Directory>
Define BEST_VALUE_DIR "$DIST"
Include "$PACKAGE/server/apache/best-value-self-assessment.conf"
EOF
)"

# The <Directory> snippet refuses to load until the administrator names the folder.
sed '/^Define BEST_VALUE_DIR/d' "$DIRECTORY/apache.conf" >"$DIRECTORY/undefined.conf"
if apache2 -t -f "$DIRECTORY/undefined.conf" >"$DIRECTORY/undefined.log" 2>&1 ||
  ! grep -q "Define BEST_VALUE_DIR" "$DIRECTORY/undefined.log"; then
  echo "servers: the <Directory> snippet loaded without BEST_VALUE_DIR:" >&2
  cat "$DIRECTORY/undefined.log" >&2
  exit 1
fi

# Unprivileged workers (as root) must be able to read everything served.
chmod -R a+rX "$WORK"

nginx -t -q -p "$NGINX" -e "$NGINX/error.log" -c "$NGINX/nginx.conf"
start nginx "$NGINX/error.log" nginx -p "$NGINX" -e "$NGINX/error.log" -c "$NGINX/nginx.conf"
for dir in "$HTACCESS" "$DIRECTORY"; do
  if ! checked="$(apache2 -t -f "$dir/apache.conf" 2>&1)"; then echo "$checked" >&2; exit 1; fi
  start "apache ($(basename "$dir"))" "$dir/error.log" apache2 -DFOREGROUND -f "$dir/apache.conf"
done

export NGINX_URL="http://127.0.0.1:$NGINX_PORT/intranet/best-value/"
export APACHE_HTACCESS_URL="http://127.0.0.1:$APACHE_HTACCESS_PORT/intranet/best-value/"
export APACHE_DIRECTORY_URL="http://127.0.0.1:$APACHE_DIRECTORY_PORT/apps/assessment/best-value/"
export PACKAGE_VERSION="$VERSION"
wait_until_serving "$NGINX_URL" "$NGINX/error.log"
wait_until_serving "$APACHE_HTACCESS_URL" "$HTACCESS/error.log"
wait_until_serving "$APACHE_DIRECTORY_URL" "$DIRECTORY/error.log"

npx playwright test --config playwright.servers.config.ts --output "$WORK/results"
