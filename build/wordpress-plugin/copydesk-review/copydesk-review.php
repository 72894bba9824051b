<?php
/**
 * Plugin Name:       Copydesk Review
 * Description:       Carries Copydesk's review (workflow state, comments, audit log, approval) with each post between newsroom laptops, lets only editors approve, and keeps unapproved Copydesk articles from going live. Lets Contributors upload media through the REST API (for the photos of their own articles).
 * Version:           1.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.0
 * Author:            Copydesk
 * License:           GPL-2.0-or-later
 */

// Copydesk installations hand articles to each other through the site alone, so the site, not
// any one laptop, has to be the judge of who may approve: a reporter's Copydesk could be told
// anything. The rules below mirror shared/workflow/ in the Copydesk repository (wire.ts is the
// format of the field).
//
// What site admins must know: besides its own field, the plugin widens one WordPress permission.
// A Contributor may upload media (upload_files), but only in a REST request that creates a media
// item (POST /wp/v2/media), and only unattached or attached to a post of their own; nowhere else,
// not in wp-admin's Media Library. That is how a reporter's photos travel with a submitted article.
// The post's author may also read the review of their post, in any status (not change it).

namespace Copydesk\Review;

defined('ABSPATH') || exit;

const FIELD = 'copydesk_review';
const META = '_copydesk_review';   // protected (leading underscore): never shown or editable as a custom field
const STATE_META = '_copydesk_state';   // the state alone, so the review queue is one indexed meta query
const FORMAT_VERSION = 1;
// Far above any article with its comments and log. (A value near it made mostly of quotes and
// backslashes can outgrow a database's max_allowed_packet once escaped: copydesk_store_failed.)
const MAX_BYTES = 8 * 1024 * 1024;

const STATES = ['draft', 'submitted', 'in_edit', 'approved', 'scheduled', 'published', 'corrected', 'withdrawn', 'spiked'];
const ACTIONS = ['submit', 'startEdit', 'return', 'approve', 'schedule', 'unschedule', 'publish', 'correct', 'withdraw', 'spike', 'restore'];
const ROLES = ['reporter', 'editor', 'publisher', 'admin'];

/** States only approval (or an administrator's override) leads to. */
const CLEARED = ['approved', 'scheduled', 'published', 'corrected'];
/** Actions that need the editor's privileges in Copydesk ("edit others'", return, approve, spike). */
const EDITOR_ACTIONS = ['approve', 'startEdit', 'return', 'spike', 'restore'];
const EDITOR_TARGETS = ['in_edit', 'approved', 'spiked'];
/** A move from one of these back to draft is a return to the reporter. */
const RETURNABLE = ['submitted', 'in_edit', 'approved'];
const LIVE_STATUSES = ['publish', 'future'];
/** States that stand on an editor's approval: shared/workflow/decide.ts wants the record with them. */
const ON_APPROVAL = ['approved', 'scheduled'];
const PUBLISHED = ['published', 'corrected'];
/** The REST route whose requests the upload grant applies to (creating a media item). */
const MEDIA_ROUTE = '/wp/v2/media';

// The format, as a small schema: checked for keys, types and enums, not for every string's length.
const ACTOR = ['object', ['name' => 'string', 'role' => ['enum', ROLES], 'cmsUser' => 'string']];
const STATE = ['enum', STATES];
const AUDIT_ENTRY = ['object', [
    'id' => 'uuid', 'at' => 'count', 'actor' => ACTOR, 'action' => ['enum', ACTIONS], 'from' => STATE, 'to' => STATE,
    'note' => 'string', 'override' => 'bool', 'correctionNumber' => ['nullable', 'positive'],
]];
const MESSAGE = ['object', ['id' => 'uuid', 'author' => ACTOR, 'at' => 'count', 'text' => 'string']];
const THREAD = ['object', [
    'id' => 'uuid', 'quote' => 'string', 'messages' => ['list', MESSAGE], 'resolved' => 'bool',
    'resolvedBy' => ['nullable', ACTOR], 'resolvedAt' => ['nullable', 'count'],
]];
/** How many of the article's details (section, tags, slug, language…) at most: checked loosely, as a later Copydesk may add to them. */
const MAX_DETAILS = 50;
const REVIEW_FIELD = ['object', [
    'version' => ['literal', FORMAT_VERSION],
    'review' => ['object', [
        'state' => STATE, 'previousState' => ['nullable', STATE], 'correctionNumber' => 'count',
        'approval' => ['nullable', ['object', ['by' => ACTOR, 'at' => 'count']]],
        'audit' => ['list', AUDIT_ENTRY], 'comments' => ['list', THREAD],
    ]],
    'document' => ['object', [
        'headline' => 'string', 'standfirst' => 'string', 'byline' => 'string', 'body' => 'string', 'contentSha256' => 'sha256',
        'meta?' => 'details',
    ]],
    'author' => ACTOR,
]];

add_action('rest_api_init', function (): void {
    register_rest_field('post', FIELD, [
        'get_callback' => __NAMESPACE__ . '\\read',
        'update_callback' => __NAMESPACE__ . '\\store',
        'schema' => [
            'description' => "Copydesk's review of the article: workflow state, comments, audit log and approval.",
            'type' => ['object', 'null'],
            // In the view context too, for the post's author once they may no longer edit it (read()
            // decides who gets it; without_review() takes it out of everyone else's answers).
            'context' => ['view', 'edit'],
            // The plugin checks writes itself, so that a refusal carries a Copydesk error code
            // instead of WordPress's generic rest_invalid_param.
            'arg_options' => ['sanitize_callback' => null, 'validate_callback' => null],
        ],
    ]);
});
add_filter('rest_pre_insert_post', __NAMESPACE__ . '\\before_insert', 10, 2);
add_filter('rest_post_collection_params', __NAMESPACE__ . '\\collection_params');
add_filter('rest_post_query', __NAMESPACE__ . '\\collection_query', 10, 2);
add_filter('rest_prepare_post', __NAMESPACE__ . '\\without_review', 10, 3);
add_filter('rest_request_before_callbacks', __NAMESPACE__ . '\\entering', 10, 3);
add_filter('rest_request_after_callbacks', __NAMESPACE__ . '\\leaving', 10, 3);
add_filter('user_has_cap', __NAMESPACE__ . '\\grant_upload', 10, 4);

function refuse(string $code, string $message, int $status): \WP_Error {
    return new \WP_Error($code, $message, ['status' => $status]);
}

function is_list(array $value): bool {   // array_is_list() needs PHP 8.1
    return $value === [] || array_keys($value) === range(0, count($value) - 1);
}

/** What is wrong with $value against $spec, in words naming where; null when nothing. */
function problem(mixed $value, string|array $spec, string $path): ?string {
    [$kind, $arg] = is_array($spec) ? $spec : [$spec, null];
    switch ($kind) {
        case 'string': return is_string($value) ? null : "$path must be a string";
        case 'bool': return is_bool($value) ? null : "$path must be true or false";
        case 'count': return is_int($value) && $value >= 0 ? null : "$path must be a whole number, 0 or more";
        case 'positive': return is_int($value) && $value > 0 ? null : "$path must be a whole number, 1 or more";
        case 'uuid':
            return is_string($value) && preg_match('/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/Di', $value)
                ? null : "$path must be a UUID";
        case 'sha256': return is_string($value) && preg_match('/^[0-9a-f]{64}$/D', $value) ? null : "$path must be a SHA-256 in hex";
        case 'literal': return $value === $arg ? null : "$path must be $arg";
        case 'enum': return is_string($value) && in_array($value, $arg, true) ? null : "$path must be one of " . implode(', ', $arg);
        case 'nullable': return $value === null ? null : problem($value, $arg, $path);
        case 'details':
            if (!is_array($value) || ($value !== [] && is_list($value))) return "$path must be an object";
            if (count($value) > MAX_DETAILS) return "$path has more than " . MAX_DETAILS . ' keys';
            foreach ($value as $key => $item) {
                if (!is_string($key) || !preg_match('/^[A-Za-z][A-Za-z0-9]{0,39}$/D', $key)) return "$path has a key that is not a plain name";
                $texts = is_array($item) && is_list($item) && count(array_filter($item, 'is_string')) === count($item);
                if (!(is_string($item) || is_bool($item) || is_int($item) || $item === null || $texts)) {
                    return "$path.$key must be text, a whole number, true or false, null, or a list of texts";
                }
            }
            return null;
        case 'list':
            if (!is_array($value) || !is_list($value)) return "$path must be a list";
            foreach ($value as $i => $item) {
                $found = problem($item, $arg, "{$path}[$i]");
                if ($found !== null) return $found;
            }
            return null;
        default:   // 'object': exactly the named keys (one ending in ? may be left out), so nothing unknown is ever stored
            if (!is_array($value) || ($value !== [] && is_list($value))) return "$path must be an object";
            $known = [];
            foreach ($arg as $name => $child) $known[rtrim($name, '?')] = $child;
            if (array_diff_key($value, $known)) return "$path has a key that is not part of the format";
            foreach ($arg as $name => $child) {
                $key = rtrim($name, '?');
                if (!array_key_exists($key, $value)) {
                    if ($key !== $name) continue;
                    return "$path.$key is missing";
                }
                $found = problem($value[$key], $child, "$path.$key");
                if ($found !== null) return $found;
            }
            return null;
    }
}

/** JSON equality: the same values, whatever order an object's keys came in. */
function canonical(mixed $value): mixed {
    if (!is_array($value)) return $value;
    if (!is_list($value)) ksort($value, SORT_STRING);
    return array_map(__NAMESPACE__ . '\\canonical', $value);
}

function same(mixed $a, mixed $b): bool {
    return canonical($a) === canonical($b);
}

/**
 * Whether the review claims an approval it does not record: approved or scheduled with no approval,
 * and no override since it was last returned to account for it (an administrator may schedule
 * without approval, and unscheduling that leaves it approved without one).
 */
function approval_missing(array $review): bool {
    if (!in_array($review['state'], ON_APPROVAL, true) || $review['approval'] !== null) return false;
    foreach (array_reverse($review['audit']) as $entry) {
        if ($entry['override']) return false;
        if ($entry['action'] === 'return') break;
    }
    return true;
}

/** Whether the review on the site lets its post go live: approved on record, or published already. */
function cleared(?array $stored): bool {
    $review = $stored['review'] ?? null;
    if ($review === null) return false;
    return in_array($review['state'], PUBLISHED, true)
        || (in_array($review['state'], ON_APPROVAL, true) && $review['approval'] !== null);
}

function stored(int $post_id): ?array {
    $json = get_post_meta($post_id, META, true);
    $value = is_string($json) && $json !== '' ? json_decode($json, true) : null;
    return is_array($value) ? $value : null;
}

/** Whether the change is one only an editor may make: approving, editing, returning, spiking. */
function needs_editor(?array $before, array $after, array $appended): bool {
    if (!same($before['review']['approval'] ?? null, $after['review']['approval'])) return true;
    foreach ($appended as $entry) {
        if (in_array($entry['action'], EDITOR_ACTIONS, true)) return true;
    }
    $from = $before['review']['state'] ?? null;
    $to = $after['review']['state'];
    if ($from === $to) return false;
    return in_array($to, EDITOR_TARGETS, true)
        || $from === 'spiked'
        || ($to === 'draft' && in_array($from, RETURNABLE, true))
        // scheduled, published or corrected without passing through approval: an approval by another name
        || (in_array($to, CLEARED, true) && !in_array($from, CLEARED, true));
}

/** What the change records in someone else's name (audit, comment, resolution, approval); null when nothing. */
function forged(?array $before, array $after, array $appended, string $login): ?string {
    foreach ($appended as $entry) {
        if ($entry['actor']['cmsUser'] !== $login) return 'a new audit entry';
    }
    $approval = $after['review']['approval'];
    if ($approval !== null && !same($before['review']['approval'] ?? null, $approval) && $approval['by']['cmsUser'] !== $login) {
        return 'the approval';
    }
    $old_threads = [];
    $old_messages = [];
    foreach ($before['review']['comments'] ?? [] as $thread) {
        $old_threads[$thread['id']] = $thread;
        foreach ($thread['messages'] as $message) $old_messages[$message['id']] = $message;
    }
    foreach ($after['review']['comments'] as $thread) {
        foreach ($thread['messages'] as $message) {
            $old = $old_messages[$message['id']] ?? null;
            if (($old === null || !same($old, $message)) && $message['author']['cmsUser'] !== $login) return 'a new comment';
        }
        $old = $old_threads[$thread['id']] ?? null;
        $newly_resolved = $thread['resolved'] && !($old && $old['resolved']
            && same($old['resolvedBy'], $thread['resolvedBy']) && $old['resolvedAt'] === $thread['resolvedAt']);
        if ($newly_resolved && ($thread['resolvedBy']['cmsUser'] ?? null) !== $login) return 'a resolved comment';
    }
    return null;
}

/**
 * Checks a write of the field against what the post holds now, for the current user: the JSON to
 * store and the audit entries it appends, or the refusal.
 */
function accept(mixed $incoming, ?array $before, \WP_User $user): array|\WP_Error {
    // Stored as ASCII (\u escapes): WordPress then writes it as it is, where it would check and strip
    // other text by the table's charset (emoji vanish from utf8mb3 tables, and without mbstring
    // the check takes memory by the character), and a stripped entry would no longer match the log.
    $json = wp_json_encode($incoming, JSON_UNESCAPED_SLASHES);
    if ($json === false) return refuse('copydesk_invalid', 'copydesk_review cannot be stored as JSON.', 400);
    if (strlen($json) > MAX_BYTES) {
        return refuse('copydesk_invalid', sprintf('copydesk_review is larger than %d MB as stored.', MAX_BYTES >> 20), 400);
    }
    $found = problem($incoming, REVIEW_FIELD, 'copydesk_review');
    if ($found !== null) return refuse('copydesk_invalid', "Not a Copydesk review: $found.", 400);
    if (approval_missing($incoming['review'])) {
        return refuse('copydesk_invalid', sprintf('Not a Copydesk review: it is %s with no approval on record.', $incoming['review']['state']), 400);
    }

    $old_audit = $before['review']['audit'] ?? [];
    $new_audit = $incoming['review']['audit'];
    if (count($new_audit) < count($old_audit)) {
        return refuse('copydesk_audit_rewritten', sprintf(
            'The audit log may only grow: the site holds %d entries and this one has %d.', count($old_audit), count($new_audit)), 400);
    }
    foreach ($old_audit as $i => $entry) {
        if (!same($entry, $new_audit[$i])) {
            return refuse('copydesk_audit_rewritten', sprintf('The audit log may only grow: entry %d differs from the one on the site.', $i + 1), 400);
        }
    }
    $appended = array_slice($new_audit, count($old_audit));

    if (needs_editor($before, $incoming, $appended) && !user_can($user, 'edit_others_posts')) {
        return refuse('copydesk_forbidden',
            "Only editors may approve, edit, return, spike or restore a Copydesk article: this WordPress account may not edit others' posts.", 403);
    }
    $forged = forged($before, $incoming, $appended, $user->user_login);
    if ($forged !== null) {
        return refuse('copydesk_forged_actor', "The review records $forged in another user's name: it must name this WordPress account.", 403);
    }
    return ['json' => $json, 'appended' => $appended];
}

/**
 * Refuses a REST write before WordPress saves anything: the field's own update callback runs only
 * after the post is written, too late to keep a refused request from changing the post.
 */
function before_insert(\stdClass|\WP_Error $prepared, \WP_REST_Request $request): \stdClass|\WP_Error {
    if (is_wp_error($prepared)) return $prepared;
    $existing = empty($prepared->ID) ? null : get_post($prepared->ID);
    $before = $existing ? stored($existing->ID) : null;
    $user = wp_get_current_user();
    $incoming = $request->has_param(FIELD);
    $appended = [];
    if ($incoming) {
        $accepted = accept($request[FIELD], $before, $user);
        if (is_wp_error($accepted)) return $accepted;
        $appended = $accepted['appended'];
    }
    if ($before === null && !$incoming) return $prepared;   // not a Copydesk article: ordinary WordPress

    $status = $prepared->post_status ?? ($existing->post_status ?? 'draft');
    $going_live = in_array($status, LIVE_STATUSES, true) && !($existing && in_array($existing->post_status, LIVE_STATUSES, true));
    if (!$going_live || cleared($before)) return $prepared;
    $overridden = array_filter($appended, fn (array $entry): bool => $entry['override']);
    if ($overridden && user_can($user, 'manage_options')) return $prepared;
    return refuse('copydesk_not_approved',
        'This Copydesk article is not approved, so it cannot be published or scheduled. An administrator may override with a note in the audit log.', 403);
}

/**
 * The review for those who may edit the post, and for its author, who may read it in any status:
 * a contributor may no longer edit their article once it is published, yet its history is theirs.
 * Everyone else, readers signed in or not, gets nothing.
 */
function read(array $post): ?array {
    $id = (int) $post['id'];
    $mine = (int) get_post_field('post_author', $id) === get_current_user_id() && get_current_user_id() !== 0;
    return $mine || current_user_can('edit_post', $id) ? stored($id) : null;
}

/** Outside the edit context the field is left out where it is empty: readers never learn of it. */
function without_review(\WP_REST_Response $response, \WP_Post $post, \WP_REST_Request $request): \WP_REST_Response {
    $data = $response->get_data();
    if (is_array($data) && array_key_exists(FIELD, $data) && $data[FIELD] === null && $request['context'] !== 'edit') {
        unset($data[FIELD]);
        $response->set_data($data);
    }
    return $response;
}

/** The REST requests being served, innermost last (a request may dispatch others). */
function &serving(): array {
    static $requests = [];
    return $requests;
}

function entering(mixed $response, array $handler, \WP_REST_Request $request): mixed {
    $requests = &serving();
    $requests[] = $request;
    return $response;
}

function leaving(mixed $response, array $handler, \WP_REST_Request $request): mixed {
    $requests = &serving();
    array_pop($requests);
    return $response;
}

/**
 * upload_files for a user who may write posts (a Contributor), only while WordPress serves their
 * REST request to create a media item, unattached or for a post of their own. WordPress still
 * checks the rest: the file's type, and that they may edit the post it is attached to.
 */
function grant_upload(array $allcaps, array $caps, array $args, \WP_User $user): array {
    if (!in_array('upload_files', $caps, true) || !empty($allcaps['upload_files']) || empty($allcaps['edit_posts'])) return $allcaps;
    $requests = serving();
    $request = end($requests);
    if (!$request || $request->get_method() !== 'POST' || $request->get_route() !== MEDIA_ROUTE || $user->ID !== get_current_user_id()) {
        return $allcaps;
    }
    $parent = (int) $request['post'];
    if ($parent !== 0 && (int) get_post_field('post_author', $parent) !== $user->ID) return $allcaps;
    $allcaps['upload_files'] = true;
    return $allcaps;
}

/** Writes the field; checked again here because this is what stores it. */
function store(mixed $value, \WP_Post $post): bool|\WP_Error {
    $accepted = accept($value, stored($post->ID), wp_get_current_user());
    if (is_wp_error($accepted)) return $accepted;
    $saved = put($post->ID, META, $accepted['json']) && put($post->ID, STATE_META, $value['review']['state']);
    return $saved ? true : refuse('copydesk_store_failed', 'WordPress could not store the Copydesk review.', 500);
}

function put(int $post_id, string $key, string $value): bool {
    // update_post_meta() answers false for an unchanged value as for a failure, and unslashes its input
    return get_post_meta($post_id, $key, true) === $value || update_post_meta($post_id, $key, wp_slash($value)) !== false;
}

function collection_params(array $params): array {
    $params['copydesk_state'] = [
        'description' => 'Limit the result to Copydesk articles in these review states.',
        'type' => 'array',
        'items' => ['type' => 'string', 'enum' => STATES],
    ];
    return $params;
}

function collection_query(array $args, \WP_REST_Request $request): array {
    if (!empty($request['copydesk_state'])) {
        $args['meta_query'][] = ['key' => STATE_META, 'value' => $request['copydesk_state'], 'compare' => 'IN'];
    }
    return $args;
}
