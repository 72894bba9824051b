<?php
// Must-use plugin of the Copydesk test site: makes the /~<variant>/ sites (start.sh) behave like
// differently configured real sites, so the connection doctor is tested against real WordPress.
switch (defined('COPYDESK_WP_VARIANT') ? COPYDESK_WP_VARIANT : '') {
    case 'plain':   // "Plain" permalinks: /wp-json/ answers with the HTML home page and 200
        add_filter('pre_option_permalink_structure', '__return_empty_string');
        add_filter('pre_option_rewrite_rules', '__return_empty_array');
        // WordPress would store the emptied rules, and the shared database serves the other sites
        add_filter('pre_update_option_rewrite_rules', function ($value, $old) { return $old; }, 10, 2);
        break;
    case 'restoff': // what "disable REST API" plugins do: no REST routing, no discovery link
        remove_action('parse_request', 'rest_api_loaded');
        remove_action('template_redirect', 'rest_output_link_header', 11);
        remove_action('wp_head', 'rest_output_link_wp_head', 10);
        break;
    case 'private': // what security plugins offer: REST only for signed-in users
        add_filter('rest_authentication_errors', function ($result) {
            if (!empty($result) || is_user_logged_in()) return $result;
            return new WP_Error('rest_login_required', 'REST API restricted to authenticated users.', ['status' => 401]);
        }, 99);
        break;
}
