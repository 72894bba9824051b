<?php
// Router for `php -S 127.0.0.1:PORT -t /usr/share/wordpress router.php` (copied next to the state by
// start.sh). php -S copies no environment into $_SERVER, so Debian's wp-config.php would not find
// its config: the router names it. It also serves /wp-content/* from WP_CONTENT_DIR, which lies
// outside the docroot, sends every other non-file URL to index.php (pretty permalinks), and maps
// /~<variant>/... to the same install under the variant's config (start.sh, site-variants.php).
$config = getenv('WORDPRESS_CONFIG');
$path = rawurldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH) ?? '/');
if (strpos($path, '..') !== false) { http_response_code(400); return true; }
$prefix = '';
if (preg_match('#^/~([a-z]+)(/.*)?$#', $path, $m) && is_file("/etc/wordpress/config-$config-{$m[1]}.php")) {
    $config .= "-{$m[1]}";
    $prefix = "/~{$m[1]}";
    $path = $m[2] ?? '/';
    if ($path === '/' && substr(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH), -1) !== '/') {
        header("Location: $prefix/", true, 301);
        return true;
    }
}
$_SERVER['WORDPRESS_CONFIG'] = $config;

$content = getenv('COPYDESK_WP_CONTENT_DIR');
if ($content && strncmp($path, '/wp-content/', 12) === 0) {
    $file = $content . substr($path, 11);
    if (is_file($file) && substr($file, -4) !== '.php') {
        $types = ['css' => 'text/css', 'js' => 'application/javascript', 'json' => 'application/json',
            'svg' => 'image/svg+xml', 'woff2' => 'font/woff2', 'woff' => 'font/woff', 'ttf' => 'font/ttf',
            'webp' => 'image/webp', 'avif' => 'image/avif', 'html' => 'text/html', 'txt' => 'text/plain'];
        $ext = strtolower(pathinfo($file, PATHINFO_EXTENSION));
        header('Content-Type: ' . ($types[$ext] ?? (mime_content_type($file) ?: 'application/octet-stream')));
        header('Content-Length: ' . filesize($file));
        readfile($file);
        return true;
    }
}
$root = rtrim($_SERVER['DOCUMENT_ROOT'], '/');
$full = $root . $path;
if (is_dir($full)) {
    if (substr($path, -1) !== '/') { header("Location: $prefix$path/", true, 301); return true; }
    if (is_file($full . 'index.php')) { $path .= 'index.php'; $full .= 'index.php'; }
}
if ($prefix === '' && is_file($full) && substr($full, -4) !== '.php') return false;   // static asset
if (!is_file($full) || substr($full, -4) !== '.php') { $path = '/index.php'; $full = $root . '/index.php'; }
$_SERVER['SCRIPT_NAME'] = $_SERVER['PHP_SELF'] = $prefix . $path;
$_SERVER['SCRIPT_FILENAME'] = $full;
chdir(dirname($full));
unset($config, $path, $prefix, $m, $content, $file, $types, $ext, $root);
require $full;
