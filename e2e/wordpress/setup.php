<?php
// php setup.php PORT SITE_JSON VARIANT...   (WORDPRESS_CONFIG in the environment names the config)
// Installs WordPress when the database is empty, activates the Copydesk Review plugin (start.sh
// put it in the plugins directory), makes the test users with an application password each, and
// writes SITE_JSON, the object start.sh prints. Reuses what exists: prints "changed" when it
// altered the database, "unchanged" otherwise.
[, $port, $siteFile] = $argv;
$variants = array_slice($argv, 3);
$_SERVER['HTTP_HOST'] = "127.0.0.1:$port";     // Debian's wp-config.php reads it unconditionally
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['SERVER_PORT'] = $port;
$_SERVER['REQUEST_URI'] = '/';
define('WP_INSTALLING', true);                 // else wp-load.php redirects to install.php
function wp_new_blog_notification($blog_title, $blog_url, $user_id, $password) {}   // no MTA here
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

$changed = false;
if (!is_blog_installed()) {
    wp_install('Copydesk test site', 'administrator', 'administrator@example.test', false, '', 'administrator-pass', '');
    $changed = true;
}
// Pretty permalinks, so /wp-json/ works; the 'plain' variant takes them away again.
if (get_option('permalink_structure') !== '/%postname%/') {
    $GLOBALS['wp_rewrite']->set_permalink_structure('/%postname%/');
    flush_rewrite_rules(false);
    $changed = true;
}
// As a site admin would: the plugin's folder in wp-content/plugins, then Plugins → Activate.
require_once ABSPATH . 'wp-admin/includes/plugin.php';
if (!is_plugin_active('copydesk-review/copydesk-review.php')) {
    $activated = activate_plugin('copydesk-review/copydesk-review.php');
    if (is_wp_error($activated)) { fwrite(STDERR, $activated->get_error_message() . "\n"); exit(1); }
    $changed = true;
}
$old = is_file($siteFile) ? json_decode(file_get_contents($siteFile), true) : null;
$base = home_url();
$out = ['url' => $base, 'rest' => rest_url(), 'stateDir' => dirname($siteFile), 'users' => [], 'variants' => []];
foreach ($variants as $variant) $out['variants'][$variant] = "$base/~$variant/";
// login => WordPress role: one user per role, and a publisher, who is a second editor in WordPress
// (Copydesk's publisher role needs publish_posts and edit_others_posts)
$users = ['contributor' => 'contributor', 'author' => 'author', 'editor' => 'editor', 'administrator' => 'administrator',
          'publisher' => 'editor'];
foreach ($users as $login => $role) {
    $user = get_user_by('login', $login);
    if (!$user) {
        $id = wp_insert_user(['user_login' => $login, 'user_pass' => "$login-pass", 'role' => $role,
                              'user_email' => "$login@example.test", 'display_name' => ucfirst($login)]);
        if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message() . "\n"); exit(1); }
        $user = get_user_by('id', $id);
        $changed = true;
    }
    $prev = $old['users'][$login] ?? null;
    if ($prev && ($prev['userId'] ?? 0) === $user->ID
        && WP_Application_Passwords::get_user_application_password($user->ID, $prev['appPasswordUuid'])) {
        $out['users'][$login] = $prev;
        continue;
    }
    $res = WP_Application_Passwords::create_new_application_password($user->ID, ['name' => 'copydesk-tests']);
    if (is_wp_error($res)) { fwrite(STDERR, $res->get_error_code() . ': ' . $res->get_error_message() . "\n"); exit(1); }
    [$password, $item] = $res;
    $out['users'][$login] = ['userId' => $user->ID, 'username' => $login,
        'appPassword' => WP_Application_Passwords::chunk_password($password), 'appPasswordUuid' => $item['uuid']];
    $changed = true;
}
file_put_contents($siteFile, json_encode($out, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES) . "\n");
echo $changed ? 'changed' : 'unchanged';
