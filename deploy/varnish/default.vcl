# Varnish in front of gunicorn: the site's HTTP cache and its shield from slow clients (docs/front.md).
#
# What it stores is what the application marks public (s-maxage): pages, feeds, static files. Each
# stored page carries the application's surrogate keys (Surrogate-Key); a change purges exactly the
# pages showing it by key (xkey), every query string and language included, before the editor's
# request returns. Requests for an object being fetched wait for that one fetch (request coalescing).
vcl 4.1;

import std;
import xkey;

# Where gunicorn listens: backend.vcl here for `make serve`; deployments and tests put their own
# first on vcl_path.
include "backend.vcl";
# The 503 page in the visitor's language, from files; their folder is named there.
include "errors.vcl";

# The web machines, which purge after a change.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        # Only on the listening socket named "purge" (varnishd -a purge=127.0.0.1:8090), which the TLS
        # proxy before Varnish does not reach: behind it every visitor comes from 127.0.0.1 too.
        if (local.socket != "purge" || client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        if (!req.http.xkey-purge) {
            return (synth(400, "No keys to purge"));
        }
        set req.http.n-gone = xkey.purge(req.http.xkey-purge);
        return (synth(200, "Purged " + req.http.n-gone));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        # The whole body first, then a gunicorn worker: a slow upload costs Varnish a thread, not the
        # site a worker. Only a signed-in editor in the admin uploads (documents: 20 MB at most); a
        # visitor's forms (sign-ups, a page's password) are a few kilobytes.
        if (req.url ~ "^/admin/" && req.http.Cookie ~ "(^|;\s*)sessionid=") {
            if (!std.cache_req_body(25MB)) {
                return (synth(413, "Request body too large"));
            }
        } else if (!std.cache_req_body(64KB)) {
            return (synth(413, "Request body too large"));
        }
        return (pass);
    }
    # Tracking parameters change nothing on a page: one object for every campaign's link.
    if (req.url ~ "[?&](utm_[a-z]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_hsenc|_hsmi)=") {
        set req.url = regsuball(req.url, "(?<=[?&])(utm_[a-z]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_hsenc|_hsmi)=[^&]*(&|$)", "");
        set req.url = regsub(req.url, "[?&]$", "");
    }
    # An editor (a session) sees drafts, messages and the admin's own pages: never from the cache.
    if (req.http.Authorization || req.http.Cookie ~ "(^|;\s*)sessionid=") {
        return (pass);
    }
    # Other cookies (the language chosen, the CSRF token) do not change a public page: the
    # application answers such requests from its own page cache too (caching/middleware.py).
    return (hash);
}

sub vcl_backend_response {
    # Only what the application says may be shared is stored; the keys go where xkey reads them.
    if (beresp.http.Cache-Control !~ "s-maxage" && beresp.http.Cache-Control !~ "public") {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    if (beresp.http.Surrogate-Key) {
        set beresp.http.xkey = beresp.http.Surrogate-Key;
    }
    # Pages and feeds leave gunicorn uncompressed; static files come compressed from whitenoise.
    if (beresp.http.Content-Type ~ "^(text/html|application/(json|atom\+xml)|text/calendar)") {
        set beresp.do_gzip = true;
    }
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Cache = "hit";
    } else {
        set resp.http.X-Cache = "miss";
    }
    unset resp.http.xkey;
    unset resp.http.Surrogate-Key;
    unset resp.http.Via;
    unset resp.http.X-Varnish;
}
