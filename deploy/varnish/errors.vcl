# While gunicorn does not answer (a restart, a crash): the site's own error page in the visitor's
# language, written out beforehand by config.errors.write_unavailable_pages into this folder.
sub vcl_backend_error {
    set beresp.http.Content-Type = "text/html; charset=utf-8";
    set beresp.http.Cache-Control = "private, no-store";
    set beresp.http.Retry-After = "10";
    if (bereq.url ~ "^/nb/") {
        synthetic(std.fileread("/var/lib/miasta/front-errors/503-nb.html"));
    } elsif (bereq.url ~ "^/en/") {
        synthetic(std.fileread("/var/lib/miasta/front-errors/503-en.html"));
    } else {
        synthetic(std.fileread("/var/lib/miasta/front-errors/503-pl.html"));
    }
    return (deliver);
}
