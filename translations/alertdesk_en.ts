<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Export</name>
    <message>
        <source>Could not write %1: %2. Nothing was exported; check the directory and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>The route sends to receiver &quot;%1&quot;, which is not defined under receivers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The route uses time interval &quot;%1&quot;, which is not defined under time_intervals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The root route cannot have matchers or time intervals (Alertmanager refuses them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a list of routes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::AddRobotWizard</name>
    <message>
        <source>Add DingTalk Robot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved robot &quot;%1&quot;. Its access token and signing secret are in the keychain (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved robot &quot;%1&quot;. Its access token is in the keychain (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied: the full webhook URL is on the clipboard for 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::AppController</name>
    <message>
        <source>Opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::AvatarPicker</name>
    <message>
        <source>&amp;Choose picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a profile picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the profile picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PNG or JPEG picture; DingTalk robots take only those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the picture &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the robot&apos;s profile picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No picture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::BubbleView</name>
    <message>
        <source>Message as DingTalk shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no robot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop only: DingTalk on mobile does not show the table or code block below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::BundleReader</name>
    <message>
        <source>Expected a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not valid JSON (%1); the bundle may be truncated or edited by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an AlertDesk bundle (its &quot;format&quot; is not &quot;alertdesk-bundle&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is version %1, made by a newer AlertDesk; this one reads version 1. Update AlertDesk to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s version is missing or not a number; this AlertDesk reads version 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected an object of secrets by robot id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It refers to %1 %2, which the bundle does not contain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds no access token for robot &quot;%1&quot;; it is imported without one. Paste its webhook again: alertdeskctl robot edit &quot;%1&quot; --webhook-stdin%2, or Edit in the Robots page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle does not carry the picture of robot &quot;%1&quot;; set it again if you want it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::ChecksPanel</name>
    <message>
        <source>Keyword:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes used of DingTalk&apos;s 20000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On mobile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Robot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The robot has no custom keywords: DingTalk checks none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is mentioned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Shows the same on mobile and desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to check yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 sends left this minute (DingTalk allows 20 a minute per robot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Set up for sending.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::Cli</name>
    <message>
        <source>chatbot of contacts %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member of groups %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipient of policies %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace file to use (default: $ALERTDESK_DB, else %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print list and show output as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: alertdeskctl [--db PATH] [--json] COMMAND VERB [OPTIONS]

Sets up DingTalk group robots, contacts, contact groups and notification policies in an AlertDesk workspace.
Robot access tokens and signing secrets are kept in the system keychain and read from standard input only.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: alertdeskctl %1 VERB [OPTIONS]

%2

Verbs:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run &apos;alertdeskctl %1 VERB --help&apos; for the options of a verb.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 to act on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1 needs exactly one %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1 takes no arguments besides its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: &apos;%1&apos; is not a verb of &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact name (unique).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone for DingTalk @mentions: digits, optional +CC- prefix (+86-13800138000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk user id, for @mentions by id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact&apos;s DingTalk chatbot, by robot name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact&apos;s DingTalk chatbot, by webhook URL: links the robot with that token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free-form notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink the contact&apos;s DingTalk chatbot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No robot in this workspace has that webhook. Add the robot first (alertdeskctl robot add --webhook ...), then link it with --robot NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the chatbot either by --robot NAME or by --webhook URL, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added contact &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated contact &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &quot;%1&quot; is in use (%2). Removing it takes it out of those groups and policies; add --force to remove it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed contact &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts yet. Add one with: alertdeskctl contact add --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk user id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk chatbot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts: who alerts are for, how to @mention them, and their DingTalk chatbot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a contact; options not given stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a contact (also from its groups and policies).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it even when groups or policies use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group name (unique).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the group is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact in the group, by name; repeat for several. Replaces the members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact in the group, by name; repeat for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONTACT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a contact to the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a contact out of the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take every contact out of the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a member of this group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added contact group &quot;%1&quot; with %n member(s).</source>
        <translation>
            <numerusform>Added contact group &quot;%1&quot; with %n member.</numerusform>
            <numerusform>Added contact group &quot;%1&quot; with %n members.</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated contact group &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact group &quot;%1&quot; is in use (%2). Removing it takes it out of those policies; add --force to remove it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed contact group &quot;%1&quot;; its contacts stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact groups yet. Add one with: alertdeskctl group add --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact groups: named sets of contacts that policies can notify together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a contact group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List contact groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one contact group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a contact group; options not given stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a contact group (its contacts stay).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it even when policies use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Replaces the current ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy name (unique).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the policy is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is notified: contact:NAME, group:NAME or robot:NAME; repeat for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND:NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A matching rule: comma-separated conditions label=value, label!=value, label=~regex, label!~regex, label in a|b, label notin a|b. Repeat for several rules; an alert matches when any rule matches. No rules: every alert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RULE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels to group alerts by, comma-separated (default alertname).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LABELS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait before the first notification of a group (30s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait before notifying about new alerts of a group (5m).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait before repeating a notification (4h).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify only in this window, e.g. &apos;mon-fri 09:00-18:00 Asia/Shanghai&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WINDOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not send a notice when alerts resolve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk message type: markdown (default), text, actionCard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File with the title template (Go template).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File with the text template (Go template).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template dialect: dingtalk-bridge (default) or alertmanager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIALECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who to @mention: none (default), all, recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the policy disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove all matching rules (match every alert).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the notification window (notify any time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a notice when alerts resolve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a recipient; write contact:NAME, group:NAME or robot:NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the template %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be one of %2; &quot;%3&quot; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added notification policy &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated notification policy &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed notification policy &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(every alert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notification policies yet. Add one with: alertdeskctl policy add --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(any time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text template</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification policies: which alerts go to which contacts, groups and robots, grouped and timed as Alertmanager does, with method DingTalk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a notification policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List notification policies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one notification policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a policy; options not given stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a notification policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Robot name (1-64 characters, unique).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook URL as DingTalk shows it (https://oapi.dingtalk.com/robot/send?access_token=...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the webhook URL from the first line of standard input instead (keeps the token out of the process list and shell history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom keyword; repeat for several. Replaces the robot&apos;s keywords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom keyword; repeat for several (up to 10). The Managed Prometheus console needs Alarm and Dispatch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a keyword preset: arms (Alarm, Dispatch), arms-api (告警), generic (alert).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRESET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 address or CIDR range allowed to send; repeat for several (up to 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RANGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn signing on and read the signing secret (SEC...) from standard input (after the webhook line when --webhook-stdin is given too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile picture: a PNG or JPEG of at most 256x256 pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the robot disabled: nothing is sent through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove all custom keywords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove all IP ranges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn signing off and delete the stored signing secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the profile picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the robot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm you have read and accepted the DingTalk Custom Robot Service Terms of Service (required, as in the DingTalk client).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--webhook-stdin was given but standard input is empty; pipe the webhook URL in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown keyword preset &quot;%1&quot;; use arms, arms-api or generic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--secret-stdin was given but no signing secret came on standard input; pipe it in (printf %s &quot;$SECRET&quot; | alertdeskctl ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the picture %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keywords lack %1, which the Managed Prometheus / ARMS console requires on its DingTalk robots; alerts sent from there will be refused (310000 keywords not in content).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>robot add needs the robot&apos;s webhook: --webhook URL or --webhook-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated robot &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Robot &quot;%1&quot; is in use (%2). Removing it unlinks it from those contacts and policies; add --force to remove it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed robot &quot;%1&quot; and its keychain entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No robots yet. Add one with: alertdeskctl robot add --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?access_token=(in the keychain; print it with: alertdeskctl robot copy-webhook)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on (secret in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Terms accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk custom robots: profile, security settings (keywords, signing, IP ranges) and webhook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a robot. Example: printf %s &quot;$SECRET&quot; | alertdeskctl robot add --name ops --webhook URL --keyword Alarm --keyword Dispatch --secret-stdin --accept-terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List robots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one robot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a robot; options not given stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a robot and its keychain entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it even when contacts or policies use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the full webhook URL, with its access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHONE</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMAIL</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER ID</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHATBOT</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEMBERS</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENABLED</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RECIPIENTS</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MATCHING</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEYWORDS</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIGNING</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP RANGES</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENDPOINT</source>
        <comment>column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Global options:
  --db PATH    workspace file (default: $ALERTDESK_DB, else %1)
  --json       JSON output for list and show
  --help       help; also after any command: alertdeskctl robot add --help
  --version    print the version

Exit status: 0 ok, 1 usage or validation error, 2 workspace/storage error, 3 keychain error;
send-test also 4 refused before sending, 5 DingTalk answered with an error, 6 network, HTTP or
timeout failure.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>render needs --template FILE and --alerts PAYLOAD.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown dialect &apos;%1&apos;: use alertmanager or dingtalk-bridge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--repeat needs a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload is not Alertmanager webhook JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render an alert template with a webhook payload, exactly as Alertmanager or the DingTalk bridge would.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go template file to render.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alertmanager webhook payload (JSON, version 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAYLOAD.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the template defined with this name instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functions and data of: alertmanager (default) or dingtalk-bridge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render N times and print the last result (benchmarks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summarise these sample alerts (Alertmanager&apos;s webhook JSON, or a list of alerts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send even when a check fails (a missing keyword, say).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up when DingTalk sends nothing for this long (10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy @mentions its recipients, but none of its contacts has a mobile number; nobody will be mentioned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown message type &quot;%1&quot;; use markdown, text or actionCard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk cannot @mention anyone in an actionCard message; the mentions are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the alerts file &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeout must be a number of seconds between 0 and 600, e.g. 10 or 2.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain has no access token for robot &quot;%1&quot;. Paste the robot&apos;s webhook again: alertdeskctl robot edit &quot;%1&quot; --webhook-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks of the message to robot &quot;%1&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request (dry run: nothing was sent):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a real send would be refused: the checks above found errors; fix them, or pass --force to send anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was sent: the checks above found errors; fix them, or pass --force to send anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending despite the errors above (--force).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered to robot &quot;%1&quot; in %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detail: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a test alert to a robot: check it, then send it within DingTalk&apos;s 20 a minute (or print it with --dry-run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxy is set in this workspace: DingTalk is reached through the system&apos;s proxy configuration (http_proxy, https_proxy and no_proxy on Linux).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct: DingTalk is reached without any proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AlertDesk does not keep proxy passwords in the workspace file. Give the proxy without user and password, or use the system&apos;s proxy configuration (https_proxy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk is now reached through %1 from this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace&apos;s proxy is cleared: the system&apos;s proxy configuration applies again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy this workspace reaches DingTalk through (default: the system&apos;s proxy configuration).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the workspace&apos;s proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set it: http://HOST:PORT, socks5://HOST:PORT, or direct (no proxy at all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the system&apos;s proxy configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added demo data: %1 robots, %2 contacts, %3 contact groups, %4 notification policies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo robots have no webhook token: paste a real webhook URL (alertdeskctl robot edit NAME --webhook-stdin) before sending test alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the workspace with realistic demo data (to explore AlertDesk, and for benchmarks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts to add (default %1, at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Robots to add (default %1, at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification policies to add (default %1, at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--alertmanager-version: unknown version &apos;%1&apos;; use 0.25 (Debian 12) or 0.26 (0.26 and newer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--secrets: unknown mode &apos;%1&apos;; use placeholders or inline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--only: unknown part &apos;%1&apos;; use alertmanager, bridge or bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--with-secrets: puts secrets into the bundle, which this export does not write; add --only bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out: export needs the directory to write to (--out DIR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n enabled policy(s) to %1:</source>
        <translation>
            <numerusform>Exported %n enabled policy to %1:</numerusform>
            <numerusform>Exported %n enabled policies to %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>  (holds secrets, mode 0600)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bridge target(s)</source>
        <translation>
            <numerusform>%n bridge target</numerusform>
            <numerusform>%n bridge targets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n robot(s) reached</source>
        <translation>
            <numerusform>%n robot reached</numerusform>
            <numerusform>%n robots reached</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the configuration for Alertmanager and the DingTalk webhook bridge, and the workspace bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory to write the files to (created when missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alertmanager to write for: 0.25 (Debian 12, default) or 0.26 (0.26 and newer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where Alertmanager reaches the DingTalk bridge (default http://127.0.0.1:8060).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>placeholders (default: ${ALERTDESK_&lt;ROBOT&gt;_TOKEN}, listed in secrets.env.example) or inline (the real tokens and secrets; files get mode 0600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write only this part: alertmanager, bridge or bundle (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PART</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the robots&apos; tokens and signing secrets into the bundle (mode 0600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would import %1 robots, %2 contacts, %3 contact groups and %4 policies (dry run: nothing was written).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 robots, %2 contacts, %3 contact groups and %4 policies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>robot %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> - without its token: paste the webhook again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy %1 (matching rules: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported, or changed on the way in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs either --alertmanager FILE (with --bridge-config FILE) or --bundle FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bridge-config goes with --alertmanager, not with --bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an existing alertmanager.yml (+ the DingTalk bridge&apos;s config.yml) or an AlertDesk bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alertmanager configuration to import (alertmanager.yml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DingTalk bridge&apos;s config.yml (prometheus-webhook-dingtalk): its targets become robots, their tokens and secrets go to the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An AlertDesk bundle (alertdesk-bundle.json) to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check everything and show what would be imported; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give imported records whose name is taken a &quot; (imported)&quot; suffix instead of stopping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept DingTalk&apos;s Custom Robot Service Terms for the robots the import creates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1 needs %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridge check (templates loaded as prometheus-webhook-dingtalk v2.1.0 loads them, from %1; servers in %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (policy &quot;%2&quot;): title and text render on a firing and a resolved sample alert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the dingtalk/ folder is installed on the server; config.yml names its templates by absolute path from there (default /etc/prometheus-webhook-dingtalk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added robot &quot;%1&quot;; its access token and signing secret are in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added robot &quot;%1&quot;; its access token is in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The robot to send to (with --policy: default, every robot the policy reaches).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send what the DingTalk bridge sends for this policy: its templates, its @mentions, the bridge&apos;s markdown body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk message type of a robot&apos;s test: markdown (default), text, actionCard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render as servers in this zone render (default: the workspace&apos;s servers-time-zone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the checks and the request (token and signature redacted); send nothing. Works without a keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DingTalk bridge sends every policy&apos;s messages as markdown, so a policy&apos;s test is markdown too; --msgtype is for a robot&apos;s own test (without --policy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this system knows; give an IANA name such as Asia/Shanghai or UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy &quot;%1&quot; reaches no enabled robot (or is disabled), so its servers send nothing; add a robot, or a contact with a DingTalk chatbot, to its recipients, or name one with --robot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not be read (%1); the dry run goes on without the robot&apos;s secrets, so whether its signing secret is stored is not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendered as the DingTalk bridge renders it, with servers in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send-test needs --robot NAME, --policy NAME, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no setting &quot;%1&quot;. The settings are: %2 (the proxy has its own command: alertdeskctl proxy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set: this machine&apos;s own zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previews now render as servers in %1 render them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previews now render in this machine&apos;s own zone, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace settings: servers-time-zone, the zone your Alertmanager and DingTalk bridge run in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set one: settings set servers-time-zone Asia/Shanghai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the default (servers-time-zone: this machine&apos;s zone).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::ConnectPolicyWizard</name>
    <message>
        <source>Connect to a Notification Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact group &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep What Was Saved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These steps are already saved in the workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each is complete on its own. Keep them, or remove them again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the &amp;Wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Everything Was Removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::ContactEditor</name>
    <message>
        <source>Add Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved contact “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::ContactForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zhang San</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mobile phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+86-13800138000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits, with an optional +CC- country prefix. Used to @mention the contact in DingTalk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zhang@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk &amp;user id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used to @mention the contact by user id (atUserIds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk user id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk &amp;chatbot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The robot that posts this contact&apos;s alerts to a DingTalk group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk chatbot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups the contact is in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the contact groups this contact belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted robot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact named “%1” already exists; pick another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::ContactGroupEditor</name>
    <message>
        <source>Add Contact Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Contact Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved contact group “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::ContactGroupForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-call database team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter contacts by name, phone or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the contacts that belong to this group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of members</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) ticked</source>
        <translation>
            <numerusform>%n member ticked</numerusform>
            <numerusform>%n members ticked</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no contacts yet; add contacts first, or save the group empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact group named “%1” already exists; pick another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::ContactGroupRepository</name>
    <message>
        <source>read the contact groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the contact group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no contact group with id %1; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no contact group named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact group named &quot;%1&quot; already exists; pick another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save contact group &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact group with id %1 already exists; add it without an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group &quot;%1&quot; lists a contact that does not exist (id %2); it may have been deleted. Remove it from the members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the contact group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no contact group with id %1; it may have been deleted already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find where the contact group is used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::ContactRepository</name>
    <message>
        <source>read the contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no contact with id %1; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no contact named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact named &quot;%1&quot; already exists; pick another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save contact &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact with id %1 already exists; add it without an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DingTalk chatbot of contact &quot;%1&quot; is a robot that does not exist (id %2); it may have been deleted. Pick another robot or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no contact with id %1; it may have been deleted already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find where the contact is used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::ContactStepPage</name>
    <message>
        <source>&amp;Pick an existing contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this &amp;robot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the alerts are for, and the DingTalk chatbot (robot) that reaches them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a robot from the pasted webhook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk chatbot from a webhook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or paste the webhook URL DingTalk shows: a robot already in AlertDesk is linked, a new one can be added here. Either becomes this contact&apos;s chatbot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This webhook belongs to robot &quot;%1&quot;, already in AlertDesk: it is now the contact&apos;s chatbot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added robot &quot;%1&quot;: it is now the contact&apos;s chatbot.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::ContactTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk chatbot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk user ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::Database</name>
    <message>
        <source>No workspace file was given; name a file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is not installed, so no workspace can be opened; install the package that provides it (libqt6sql6-sqlite on Debian).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the workspace &quot;%1&quot;: %2. Check the file and its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the busy timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepare the upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turn on foreign keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switch the workspace to write-ahead logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not switch &quot;%1&quot; to write-ahead logging (SQLite kept journal mode &quot;%2&quot;); move the workspace to a local disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepare the workspace for its backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not back up &quot;%1&quot; before upgrading it, because another program is using it; nothing was changed. Close the other program (or AlertDesk window) and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not back up &quot;%1&quot; to &quot;%2&quot; before upgrading it (%3); nothing was changed. Free some disk space or make the folder writable, then open the workspace again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows of %1 point at rows that do not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the workspace &quot;%1&quot;: %2. Check the file and its folder, or choose another location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upgrade the workspace &quot;%1&quot; from schema v%2 to v%3: %4. The upgrade was rolled back, so the file is as it was; a copy of it is also at &quot;%5&quot;. Please report this problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start a transaction: %1. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start a savepoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the changes: %1. Nothing was saved; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged (SQLite reports: %2); nothing was changed. Restore a backup (for example a .bak-v file next to it) or open another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was written by a newer AlertDesk (schema v%2, this build knows up to v%3); nothing was changed. Update AlertDesk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a SQLite database of another program, not an AlertDesk workspace; nothing was changed. Open another file or restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a workspace file; choose a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist and could not be created; create it or choose another location for the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be read (%2); nothing was changed. Check that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an AlertDesk workspace (not a SQLite database); nothing was changed. Open another file or restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is read-only (marked so, or not yours to change), so AlertDesk could not save changes to it; nothing was changed. Make the file writable, or open a copy of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: another program is changing the workspace right now (SQLite reports: database is locked). Close the other program or AlertDesk window using it, or wait until it is done, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is being changed by another program right now (SQLite reports: database is locked), so nothing was changed. Close the other program or AlertDesk window using it, or wait until it is done, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: the workspace file is damaged (SQLite reports: %2). Restore a backup (for example a .bak-v file next to it) or open another workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::DeleteConfirmation</name>
    <message>
        <source>Delete robot “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete contact “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete contact group “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete notification policy “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its access token and signing secret are deleted from the keychain. The robot itself stays in the DingTalk group until you remove it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) lose their DingTalk chatbot.</source>
        <translation>
            <numerusform>%n contact loses its DingTalk chatbot.</numerusform>
            <numerusform>%n contacts lose their DingTalk chatbot.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The contact is taken out of %n group(s).</source>
        <translation>
            <numerusform>The contact is taken out of %n group.</numerusform>
            <numerusform>The contact is taken out of %n groups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n policy(s) lose it as a recipient; a policy left without recipients reaches nobody until you add one.</source>
        <translation>
            <numerusform>%n policy loses it as a recipient; a policy left without recipients reaches nobody until you add one.</numerusform>
            <numerusform>%n policies lose it as a recipient; a policy left without recipients reaches nobody until you add one.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its members stay in the workspace as contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its matching rules and message templates are deleted with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing else in the workspace uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts using it as their DingTalk chatbot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact groups it is a member of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification policies sending to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted robot “%1” and its keychain entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted contact “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted contact group “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted notification policy “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::DemoData</name>
    <message>
        <source>Demo robot: paste its webhook URL to send test alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on-call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is paged for %1 alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo policy for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of demo robots must be between 0 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of demo contacts must be between 0 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of demo policies must be between 0 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::DingTalkClient</name>
    <message>
        <source>The proxy setting is not understood. Write it as http://host:port or socks5://host:port, &quot;direct&quot; for no proxy, or leave it empty to use the system&apos;s proxy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::DingTalkErrors</name>
    <message>
        <source>DingTalk refused the message because it contains none of the robot&apos;s custom keywords (keywords not in content). Put one of the keywords, with the same upper and lower case, into the message text, or check the keywords set on the robot in DingTalk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>DingTalk refused the signed message because its timestamp is more than an hour away from DingTalk&apos;s time (invalid timestamp). This computer&apos;s clock is about %n minute(s) off: set the clock right (turn on automatic time synchronisation) and send again.</source>
        <translation>
            <numerusform>DingTalk refused the signed message because its timestamp is more than an hour away from DingTalk&apos;s time (invalid timestamp). This computer&apos;s clock is about %n minute off: set the clock right (turn on automatic time synchronisation) and send again.</numerusform>
            <numerusform>DingTalk refused the signed message because its timestamp is more than an hour away from DingTalk&apos;s time (invalid timestamp). This computer&apos;s clock is about %n minutes off: set the clock right (turn on automatic time synchronisation) and send again.</numerusform>
        </translation>
    </message>
    <message>
        <source>DingTalk refused the signed message because its timestamp is more than an hour away from DingTalk&apos;s time (invalid timestamp). Check that this computer&apos;s clock, date and time zone are right (turn on automatic time synchronisation) and send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk refused the message because its signature does not match (sign not match). The signing secret stored for this robot is not the one DingTalk shows under Security Settings &gt; Additional Signature: copy the secret (it starts with SEC) again and save it on the robot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk refused the message because it came from an IP address that is not in the robot&apos;s IP address list (%1). Add this computer&apos;s public IPv4 address (or its range) to the robot&apos;s security settings in DingTalk, or send from an allowed machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk refused the message in its security check (%1). Compare the robot&apos;s keywords, signing secret and IP addresses with its security settings in DingTalk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk accepted the message; it should show in the group now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk does not know this robot&apos;s access token (errcode %1): the robot was removed from the group, the token was mistyped, or it belongs to an external group. Copy the webhook URL again from the robot&apos;s settings in DingTalk and paste it into the robot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The robot is disabled in DingTalk. A group administrator can turn it back on in the group&apos;s robot settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk does not support this message type. Choose markdown, text or actionCard for the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The robot is no longer in the group. Add a custom robot to the group again and paste its new webhook URL into the robot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DingTalk group this robot posted to has been dissolved. Create a robot in a group that exists and paste its webhook URL into the robot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk is throttling this robot: it sent more than 20 messages in a minute, so DingTalk drops its messages for the next 10 minutes. Wait 10 minutes before sending again, and group alerts so fewer messages go out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is longer than DingTalk&apos;s limit of 20000 bytes. Shorten the template (fewer alerts per message, shorter labels or annotations).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk blocked the message because it contains a link it considers unsafe. Remove or replace the link and send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk blocked the message because of its text content. Reword the message and send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk blocked the message because of an image it contains. Remove or replace the image and send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk blocked the message content as unsafe. Review the text, links and images of the message and send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk could not read the request (errcode %1: %2). This is a bug in AlertDesk, not in your setup: please report it with this message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk is busy or had an internal error (errcode %1). Nothing is wrong with the robot: try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk refused the message with errcode %1: &quot;%2&quot;. Look this code up in DingTalk&apos;s custom robot documentation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::DomainJson</name>
    <message>
        <source>%1 must be %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing; it must be %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ISO 8601 time such as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a duration such as 30s, 5m or 4h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of mon, tue, wed, thu, fri, sat and sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a time such as 09:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::DuplicateName</name>
    <message>
        <source> (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (copy %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::DurationField</name>
    <message>
        <source>e.g. 30s, 5m, 4h, 1h30m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A duration: a number followed by s (seconds), m (minutes), h (hours), d (days) or w (weeks), as in 30s, 5m, 4h or 1h30m.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::EditorDialog</name>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::EntityPage</name>
    <message>
        <source>How many are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <comment>Edit|Add</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <comment>Edit|Edit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <comment>Edit|Duplicate</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <comment>Edit|Copy webhook</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;test alert…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <comment>Edit|Send test alert</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::EntityPages</name>
    <message>
        <source>Robots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk custom robots post alerts into a group. Their access tokens and signing secrets are kept in the system keychain, never shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add robot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search robots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No robots yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the DingTalk custom robot of each group that should receive alerts: in DingTalk, open the group&apos;s settings, add a custom robot, then record it here with its keywords, signing and webhook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a robot to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n robot(s)</source>
        <translation>
            <numerusform>%n robot</numerusform>
            <numerusform>%n robots</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people alerts are for: how to @mention them in DingTalk and which robot (their DingTalk chatbot) reaches them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the people who should receive alerts, with their mobile number for @mentions and the robot that reaches them. Add a robot first if there is none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a contact to see the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named sets of contacts, such as an on-call rota or a team, so a policy can notify all of them at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add contact group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search contact groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact groups yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups are optional. Add one when several contacts should receive the same alerts, then pick the group as a policy&apos;s recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a contact group to see its members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact group(s)</source>
        <translation>
            <numerusform>%n contact group</numerusform>
            <numerusform>%n contact groups</numerusform>
        </translation>
    </message>
    <message>
        <source>Notification policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which alerts reach whom: a policy matches alerts by their labels and sends them through DingTalk to contacts, contact groups or robots, at the times you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add notification policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search notification policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notification policies yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a policy to route alerts: pick the labels to match (or none, for every alert) and the contacts, groups or robots to notify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a notification policy to see its rules and recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n notification policy(s)</source>
        <translation>
            <numerusform>%n notification policy</numerusform>
            <numerusform>%n notification policies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>alertdesk::Export</name>
    <message>
        <source>the directory cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick what to export: alertmanager, bridge or bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bridge URL must be an http or https address without a query, such as http://127.0.0.1:8060.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bridge password is written into alertmanager.yml; Alertmanager 0.26 and newer can read the URLs from files instead (--alertmanager-version 0.26).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Robot &quot;%1&quot; is disabled: no policy sends to it in the exported files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy &quot;%1&quot; reaches no enabled robot: its alerts go nowhere. Add a robot, or a contact with a DingTalk chatbot, to its recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy &quot;%1&quot; sends %2 messages, but the DingTalk bridge sends markdown: the servers will send its message as markdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy &quot;%1&quot;: its %2 template does not parse: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy &quot;%1&quot; is written in the alertmanager dialect, and the DingTalk bridge cannot run its %2 template: %3. Write it with the bridge&apos;s functions (dialect dingtalk-bridge: sprig&apos;s, plus toUpper, toLower and markdown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy &quot;%1&quot; is written in the alertmanager dialect, and the DingTalk bridge renders its %2 template otherwise (its functions are sprig&apos;s: title, for one, keeps the rest of each word as it is). Switch the policy to the dingtalk-bridge dialect and check its preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy &quot;%1&quot; defines the template &quot;%2&quot; twice, differently; the bridge would use only one of them. Keep one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies &quot;%1&quot; and &quot;%2&quot; both define the template &quot;%3&quot;, differently; the bridge keeps one set of template names for every policy, so one of them would render the other&apos;s. Rename it in one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy &quot;%1&quot; (bridge target %2) fails on a sample alert: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy &quot;%1&quot; (bridge target %2) would not send what its preview shows: the exported templates render otherwise on a sample alert. Please report this as a bug of AlertDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bridge&apos;s template file does not load: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: the DingTalk bridge could not run this configuration. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: the DingTalk bridge would refuse to start, its template file does not load: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bridge folder must be an absolute path on the server, such as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::ExportDialog</name>
    <message>
        <source>Export for Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where alertmanager.yml and dingtalk/ are written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the target directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alertmanager:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alertmanager version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk &amp;bridge URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk bridge URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secrets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the robots&apos; tokens and signing secrets in the &amp;bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include secrets in the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File preview and changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validate with amtool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate alertmanager.yml with amtool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.25 (Debian 12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.26 or newer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders: ${ALERTDESK_…} filled in on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inline: the real tokens and secrets (files readable by you only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amtool is not installed (Debian: apt install prometheus-alertmanager).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs amtool check-config on the alertmanager.yml shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files get the real access tokens and signing secrets from the keychain and are readable by you only (mode 0600). The preview shows placeholders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens and secrets are written as ${ALERTDESK_…} placeholders, listed in secrets.env.example, for envsubst or your deployment tool to fill in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds every robot&apos;s secrets and says so at its top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed: +%1 −%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n enabled policy(s), </source>
        <translation>
            <numerusform>%n enabled policy, </numerusform>
            <numerusform>%n enabled policies, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bridge target(s), </source>
        <translation>
            <numerusform>%n bridge target, </numerusform>
            <numerusform>%n bridge targets, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n robot(s) reached.</source>
        <translation>
            <numerusform>%n robot reached.</numerusform>
            <numerusform>%n robots reached.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n more line(s) not shown</source>
        <translation>
            <numerusform>… %n more line not shown</numerusform>
            <numerusform>… %n more lines not shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Running amtool check-config…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amtool check-config: alertmanager.yml is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amtool check-config found a problem in alertmanager.yml:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amtool could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the directory to write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write Secrets?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These files will contain DingTalk access tokens and signing secrets in plain text (readable by you only):

%1

Anyone who can read them can post to your DingTalk groups. Write them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write with Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n file to %1.</numerusform>
            <numerusform>Wrote %n files to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bridge &amp;folder on the server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridge folder on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you will install the dingtalk folder; config.yml names its templates by this absolute path, because the bridge looks for them from its working directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ %1 (policy &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Bridge check: the %n target(s) render their title and text on a firing and a resolved sample alert, loaded as the bridge loads them (servers in %1).</source>
        <translation>
            <numerusform>Bridge check: the %n target renders its title and text on a firing and a resolved sample alert, loaded as the bridge loads it (servers in %1).</numerusform>
            <numerusform>Bridge check: the %n targets render their title and text on a firing and a resolved sample alert, loaded as the bridge loads them (servers in %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>alertdesk::GroupStepPage</name>
    <message>
        <source>&amp;No group: the policy reaches the contact directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the contact to an &amp;existing group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create a group with the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact group (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group lets one policy reach everyone on call; skip it to reach the contact alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing contact group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::GroupTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No members yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::ImportDialog</name>
    <message>
        <source>Import Existing Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An existing A&amp;lertmanager + DingTalk bridge setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an Alertmanager and DingTalk bridge setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An AlertDesk bu&amp;ndle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an AlertDesk bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alertmanager configuration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alertmanager configuration file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alertmanager.yml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Alertmanager configuration file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk &amp;bridge configuration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk bridge configuration file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config.yml of prometheus-webhook-dingtalk (needed for robots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the DingTalk bridge configuration file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;undle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AlertDesk bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alertdesk-bundle.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the AlertDesk bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be &amp;created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import will create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported, or changed on the way &amp;in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename imported records whose name is taken (append “(imported)”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename imported records whose name is taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read and accepted the DingTalk Custom Robot Service &amp;Terms of Service for the robots this import creates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the DingTalk Custom Robot Service Terms of Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML files (*.yml *.yaml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alertmanager Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk Bridge Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AlertDesk Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AlertDesk bundles (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported, or changed on the way in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an AlertDesk bundle (alertdesk-bundle.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an alertmanager.yml and, for robots, the DingTalk bridge&apos;s config.yml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Robots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token and signing secret go to the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token goes to the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no token: paste the webhook again after importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported, or changed on the way in (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing AlertDesk can import in these files; the list below says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: nothing is written until you click Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the DingTalk terms for the robots first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 robots, %2 contacts, %3 contact groups and %4 policies.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::ImportRoutes</name>
    <message>
        <source>The root route&apos;s receiver gets every alert no other route takes; AlertDesk sends every alert to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Alertmanager, alerts that also match the earlier route %1 (it has no continue: true) never reach this route; in AlertDesk every matching policy notifies, so such alerts now reach both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alertmanager sends this route only the alerts none of its child routes take; in AlertDesk the policy gets them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The route sends to receiver &quot;%1&quot;, which has no configurations: its alerts go nowhere, so there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The route sends to receiver &quot;%1&quot; (%2); AlertDesk delivers to DingTalk only, so this route is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook %1 is not a DingTalk bridge target (.../dingtalk/&lt;target&gt;/send); routes to it are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matcher %1%2&quot;%3&quot; cannot be held by AlertDesk (%4); the route is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The active time interval &quot;%1&quot; is not a notification window: %2 The policy is imported without a window (it notifies at all times).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The route is active during %1 time intervals; a policy has one notification window. The policy is imported without a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute time intervals (%1) are not imported: AlertDesk policies have only a notification window. Use a silence in Alertmanager instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook %1 is not a DingTalk bridge target; AlertDesk does not import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook goes to bridge target &quot;%1&quot;, but no bridge configuration was given (--bridge-config); the route is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook goes to bridge target &quot;%1&quot;, which the bridge configuration does not define.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some webhooks of receiver &quot;%1&quot; send resolved notices and some do not; the policy sends them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The route cannot become a policy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bridge targets of receiver &quot;%1&quot; differ in mentions or templates; the policy takes those of target %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %1 uses the bridge&apos;s built-in template, which AlertDesk does not import; the policy uses AlertDesk&apos;s default template. Preview it before exporting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template of target %1 is not imported: %2 The policy uses AlertDesk&apos;s default template.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::ImportTargets</name>
    <message>
        <source>bridge target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook of robot &quot;%1&quot; has no usable access token or signing secret (a placeholder such as ${...}?); the robot is imported without them. Paste its webhook again: alertdeskctl robot edit &quot;%1&quot; --webhook-stdin%2, or Edit in the Robots page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bridge configuration does not say which custom keywords robot &quot;%1&quot; has; AlertDesk assumes the ARMS keywords (Alarm, Dispatch). Check them against the robot&apos;s security settings in DingTalk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from the DingTalk bridge&apos;s target %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mobile number AlertDesk can @mention: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from the DingTalk bridge&apos;s mention list; give the contact a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::ImportTemplates</name>
    <message>
        <source>It calls the template &quot;%1&quot;, which none of the bridge&apos;s template files defines (the bridge&apos;s built-in templates are not imported).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AlertDesk&apos;s template engine cannot run it: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::ImportYaml</name>
    <message>
        <source>There is no route; Alertmanager needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The root route has no receiver; Alertmanager needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inhibit rules are not imported: AlertDesk policies have no inhibition. Keep them in Alertmanager&apos;s configuration by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alertmanager&apos;s own template files are not imported: DingTalk messages are made by the bridge&apos;s templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global settings are not imported (AlertDesk exports Alertmanager&apos;s defaults).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a list of receivers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver &quot;%1&quot; is defined twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a list of webhook configurations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook URL is read from a file on the server; AlertDesk cannot see which bridge target it names, so this webhook is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP settings of the webhook (proxy, TLS, authorization) are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max_alerts is not imported: AlertDesk sends every alert of a group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a list of time intervals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time interval &quot;%1&quot; is defined twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not valid YAML: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template file &quot;%1&quot; was not found next to the bridge configuration; targets that use its templates get AlertDesk&apos;s default templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template file %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a mapping of target names to targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target has no url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matcher &quot;%1&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a matcher; write label=&quot;value&quot;, label!=&quot;value&quot;, label=~&quot;regex&quot; or label!~&quot;regex&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of matcher &quot;%1&quot; has unbalanced quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a mapping of label names to values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has no time ranges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It uses %1; a notification window has only weekdays, a time range and a time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has no time range (whole days); a notification window needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has %1 time ranges; a notification window has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has %1 entries; a notification window is one set of days with one time range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It covers whole days; a notification window needs a start and an end time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It uses the Alertmanager server&apos;s local time zone, which AlertDesk cannot know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a list of time ranges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a list of times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected start_time and end_time such as 09:00 and 18:00, the start before the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a weekday or a range of weekdays such as monday:friday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a YAML mapping of settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a mapping of settings here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;; the known ones here are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a single value here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected true or false, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a list here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::Importer</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (imported %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace already has a %1 named &quot;%2&quot;; the imported one is named &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>robot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import creates robots, and the source does not record that DingTalk&apos;s Custom Robot Service Terms were accepted for them. Read the terms and accept them (--accept-terms, or the check box in the dialog) to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Robot &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: the keychain could not store a robot&apos;s secret. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace already has a %1 named %2. Nothing was imported: rename or remove them first, or import with --rename (in the dialog: &quot;Rename imported records whose name is taken&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::IpRangesEditor</name>
    <message>
        <source>Add &amp;range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New IP address or range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 address or CIDR block, e.g. 203.0.113.7 or 10.0.0.0/8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add IP range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP addresses and ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected IP ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A robot has at most %1 IP addresses or ranges; remove one first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::KeychainSecretStore</name>
    <message>
        <source>Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available (%1). AlertDesk keeps robot tokens and signing secrets only in the system keychain: start GNOME Keyring / KWallet (a Secret Service provider) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access (%1). Unlock the keyring, or allow AlertDesk to use it when asked, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not complete the request (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is stored in the keychain under &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret Service (GNOME Keyring, KWallet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::KeychainStatus</name>
    <message>
        <source>Keychain: checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain: available (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain gave no reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::KeywordsEditor</name>
    <message>
        <source>&amp;Add keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A word every alert message contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyword presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a preset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARMS: Alarm, Dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARMS API: 告警</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic: alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already a keyword.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A robot has at most %1 custom keywords; remove one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1 missing: Managed Service for Prometheus / ARMS puts Alarm and Dispatch in its alert messages, and DingTalk rejects alerts without the robot&apos;s keywords with errcode 310000 (keywords not in content). Keep both unless this robot never receives ARMS alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::LaunchOptions</name>
    <message>
        <source>Open the workspace file PATH (default: $ALERTDESK_DB, else %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of the main window to FILE once it is shown, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use LANGUAGE (%1) instead of the system&apos;s language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up DingTalk group-robot alert notifications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; use --db PATH to open a workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AlertDesk has no translation &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the workspace, show the window and quit right after it is first drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on PAGE (%1) instead of the page shown last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AlertDesk has no page &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::MainWindow</name>
    <message>
        <source>%1 — AlertDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About AlertDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About AlertDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;AlertDesk %1&lt;/h3&gt;&lt;p&gt;Sets up DingTalk group-robot alert notifications: robots, contacts, contact groups and notification policies, tested before they reach your servers.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <comment>File|Import</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <comment>File|Export</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;DingTalk robot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to a notification policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook copied; the clipboard is cleared in 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the user guide; read it at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::MatchRulesEditor</name>
    <message>
        <source>is (=)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not (!=)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches regex (=~)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not match regex (!~)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is one of (in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is none of (notin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no conditions yet: add one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not match %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is none of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions of the selected rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rules: the policy matches every alert. Add a rule to send only some alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An alert matches when any rule matches; a rule matches when all its conditions hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label of condition %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator of condition %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of condition %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db|web (separate with |)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::MemorySecretStore</name>
    <message>
        <source>No keychain is available (the test keychain is switched off). AlertDesk keeps robot tokens and signing secrets only in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is stored in the keychain under &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory (tests)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::MessageLint</name>
    <message>
        <source>Line %1 starts a table: DingTalk shows tables on the desktop only, phones show the raw text. Use a list instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 starts a code block: DingTalk shows code blocks on the desktop only. Use plain lines or a quote (&gt;) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>DingTalk joins lines separated by a single line break (%n place(s), the first after line %1); leave a blank line between them or end the line with two spaces.</source>
        <translation>
            <numerusform>DingTalk joins lines separated by a single line break (%n place, the first after line %1); leave a blank line between them or end the line with two spaces.</numerusform>
            <numerusform>DingTalk joins lines separated by a single line break (%n places, the first after line %1); leave a blank line between them or end the line with two spaces.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The text shows %n image(s); DingTalk shows about %1 at most, so keep to fewer.</source>
        <translation>
            <numerusform>The text shows %n image; DingTalk shows about %1 at most, so keep to fewer.</numerusform>
            <numerusform>The text shows %n images; DingTalk shows about %1 at most, so keep to fewer.</numerusform>
        </translation>
    </message>
    <message>
        <source>DingTalk does not render the HTML %1 (first on line %2) and shows it as text; use markdown instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message contains the robot keyword &quot;%1&quot;, so DingTalk&apos;s keyword check passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message contains none of the robot&apos;s keywords (%1), so DingTalk will refuse it (310000 keywords not in content). Put one of them in the title or the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords are case-sensitive: the message has %1 only in another case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is %1 bytes, over DingTalk&apos;s limit of %2 bytes, so DingTalk will refuse it (460101 message too long). Shorten the text, or list fewer alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is %1 bytes, close to DingTalk&apos;s limit of %2 bytes; a group with more alerts may go over it. Consider a shorter template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is %1 bytes of DingTalk&apos;s %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AlertDesk appended %1 to the end of the text: DingTalk shows an @mention only when it also appears in the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text lacks %1, so DingTalk will not notify them; add the mention to the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The robot &quot;%1&quot; is disabled in AlertDesk, so nothing is sent through it; enable it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The robot &quot;%1&quot; has no security setting in AlertDesk (no keywords, no signing, no IP ranges), but DingTalk requires at least one; copy the robot&apos;s security settings from DingTalk so AlertDesk can check messages against them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing is on for the robot &quot;%1&quot; but the keychain has no signing secret for it, so the request cannot be signed; store the secret again (it starts with SEC).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::ModelText</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::NotificationWindowEditor</name>
    <message>
        <source>Only notify within a time window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::PageCatalog</name>
    <message>
        <source>Robots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send test alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the configuration your servers need to send these alerts: Alertmanager&apos;s routes and receivers and the DingTalk webhook bridge&apos;s targets and templates, with a preview of each file and a check with amtool before anything is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export configuration…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::PairsTable</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::PolicyEditor</name>
    <message>
        <source>Add Notification Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Notification Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved notification policy “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::PolicyForm</name>
    <message>
        <source>Policy sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical database alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk (the only notification method AlertDesk delivers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grouping and timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alertname, cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels that put alerts into one notification, separated by commas; ... groups by all labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group &amp;wait:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group &amp;interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a notice when alerts &amp;resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template &amp;dialect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template dialect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which Go template functions the title and text templates may use: those of the DingTalk webhook bridge (with sprig) or those of Alertmanager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the templates in Send test alert, where you see the message as DingTalk shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@all (everyone in the DingTalk group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipients (their mobile numbers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ActionCard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk webhook bridge (with sprig)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alertmanager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notification policy named “%1” already exists; pick another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::PolicyRepository</name>
    <message>
        <source>read the notification policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no notification policy with id %1; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no notification policy named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notification policy named &quot;%1&quot; already exists; pick another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save notification policy &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notification policy with id %1 already exists; add it without an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy &quot;%1&quot; sends to a contact that does not exist (id %2); it may have been deleted. Remove it from the recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy &quot;%1&quot; sends to a contact group that does not exist (id %2); it may have been deleted. Remove it from the recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy &quot;%1&quot; sends to a robot that does not exist (id %2); it may have been deleted. Remove it from the recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the notification policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no notification policy with id %1; it may have been deleted already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find where the notification policy is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy &quot;%1&quot; has an unknown %2 &quot;%3&quot; in the workspace; it was probably written by a newer AlertDesk. Update AlertDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template dialect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipient kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::PolicyStepPage</name>
    <message>
        <source>Add the recipient to an &amp;existing policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create a policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which alerts go to the recipient, when, and how: method DingTalk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing notification policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::PolicyTableModel</name>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ActionCard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone in the group (@all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contacts reached, by mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <comment>between matching rules</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (contact group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (robot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait %1 before the first notice, %2 between groups, repeat every %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group alerts by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing (one group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify when resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::PolicyText</name>
    <message>
        <source>Condition &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a double quote may only open a quoted value; quote the whole value and write the quote inside it as \&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quoted value is never closed; add the closing double quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is text after the closing quote; put all of the value inside the quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no label name before the operator; write it like severity=critical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the label &quot;%1&quot; comes an operator: =, !=, =~, !~, in or notin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs one or more values separated by |, such as critical|warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matching rule is empty; write one or more conditions separated by commas, such as severity=critical, team=db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a double quote is never closed; add the closing quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matching rule &quot;%1&quot; has an empty condition (two commas in a row, or a comma at either end); remove the extra comma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list of days; write days like mon-fri, mon,wed,fri or daily.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day; use mon, tue, wed, thu, fri, sat or sun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The days &quot;%1&quot; run backwards; ranges go from Monday towards Sunday, so write it as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The days &quot;%1&quot; name %2 twice; list each day once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24:00 is not a time of day; use 00:00 (a window whose end is before its start runs past midnight, e.g. 18:00-00:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day; write it as HH:MM from 00:00 to 23:59, such as 09:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration is empty; enter one such as 30s, 5m, 4h or 1h30m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration &quot;%1&quot; is negative; enter a positive one such as 30s, 5m or 4h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration; write whole numbers followed by a unit (s, m, h, d or w), such as 30s, 5m or 1h30m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration &quot;%1&quot; has a fraction; write whole numbers of smaller units instead, such as 1h30m for 1.5h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration &quot;%1&quot; has a number without a unit; add s, m, h, d or w, such as %2m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration &quot;%1&quot; uses milliseconds; AlertDesk works in whole seconds, so use s, m, h, d or w.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration &quot;%1&quot; uses the unknown unit &quot;%2&quot;; use s (seconds), m (minutes), h (hours), d (days) or w (weeks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration &quot;%1&quot; lists its units out of order; write each unit once, largest first, such as 1h30m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration &quot;%1&quot; is longer than ten years; enter a shorter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration &quot;%1&quot; is zero; enter one longer than zero, such as 30s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a notification window; write days, times and optionally a time zone, such as &quot;mon-fri 09:00-18:00 Asia/Shanghai&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time range; write start and end as HH:MM-HH:MM, such as 09:00-18:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window starts and ends at %1; for notifications around the clock leave the window out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language is used the next time AlertDesk starts. Starting AlertDesk with --lang overrides this choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences saved; the new language is used the next time AlertDesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers&apos; &amp;time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers&apos; time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone your Alertmanager and DingTalk bridge run in (their TZ). Every preview renders times as those servers do, e.g. CST for Asia/Shanghai. Kept in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::PreviewPane</name>
    <message>
        <source>Raw markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request (token and signature redacted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In DingTalk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you were previewing was deleted; now showing the first one left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a robot first: the test goes to a robot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the error first: there is no message to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a template has an error (shown under it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sample alert is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not updated: %1. Showing the last message that rendered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to check: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: policy &quot;%1&quot; now sends these templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: robot &quot;%1&quot; is no longer in the workspace (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendered as the DingTalk bridge renders it, on servers in %1 (Tools → Preferences → Servers&apos; time zone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendered as servers in %1 render it (Tools → Preferences → Servers&apos; time zone).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::RateBudget</name>
    <message numerus="yes">
        <source>Held back: this robot already sent %1 messages in the last minute, DingTalk&apos;s limit; the next free slot is in %n s. Sending more now would get the robot throttled for 10 minutes.</source>
        <translation>
            <numerusform>Held back: this robot already sent %1 messages in the last minute, DingTalk&apos;s limit; the next free slot is in %n s. Sending more now would get the robot throttled for 10 minutes.</numerusform>
            <numerusform>Held back: this robot already sent %1 messages in the last minute, DingTalk&apos;s limit; the next free slot is in %n s. Sending more now would get the robot throttled for 10 minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Held back: DingTalk throttled this robot for sending more than 20 messages a minute; the next free slot is in %n s, when the 10 minutes are over.</source>
        <translation>
            <numerusform>Held back: DingTalk throttled this robot for sending more than 20 messages a minute; the next free slot is in %n s, when the 10 minutes are over.</numerusform>
            <numerusform>Held back: DingTalk throttled this robot for sending more than 20 messages a minute; the next free slot is in %n s, when the 10 minutes are over.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>alertdesk::RecipientsPicker</name>
    <message>
        <source>Filter recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter contacts, groups and robots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Robots (DingTalk groups reached directly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no DingTalk chatbot</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) picked</source>
        <translation>
            <numerusform>%n recipient picked</numerusform>
            <numerusform>%n recipients picked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>alertdesk::RobotEditor</name>
    <message>
        <source>Add Robot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Robot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved robot “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::RobotForm</name>
    <message>
        <source>Robot sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ops-alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enabled (AlertDesk sends through this robot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the same security settings as in the DingTalk client; DingTalk requires at least one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom &amp;keywords:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IP ranges:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook and terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Webhook:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read and accepted DingTalk Custom Robot Service &amp;Terms of Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms of Service accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token is stored in the keychain and never shown. To replace it, paste the robot&apos;s new webhook URL here; leave the field empty to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the webhook URL DingTalk shows after you add the robot. Its access token goes to the keychain only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the robot&apos;s webhook URL; AlertDesk cannot send without its token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A robot named “%1” already exists; pick another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::RobotProfilePage</name>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the DingTalk group: Group settings → Bots → Add Robot → Custom. Give the robot the same name and picture here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Robot name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Prometheus alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Robot &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile picture:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A robot named &quot;%1&quot; already exists; pick another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::RobotRepository</name>
    <message>
        <source>read the robots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the robot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no robot with id %1; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no robot named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A robot named &quot;%1&quot; already exists; pick another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save robot &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A robot with id %1 already exists; add it without an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the robot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no robot with id %1; it may have been deleted already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find where the robot is used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::RobotSecurityPage</name>
    <message>
        <source>Security settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy what you choose in DingTalk&apos;s &quot;Security Settings&quot;. DingTalk needs at least one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set at least one: a custom keyword, signing, or an IP range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address (range)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::RobotTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP ranges: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No security settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n policy(s)</source>
        <translation>
            <numerusform>%n policy</numerusform>
            <numerusform>%n policies</numerusform>
        </translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the access token is kept in the system keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On (the secret is kept in the system keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms of Service accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk chatbot of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::RobotTermsPage</name>
    <message>
        <source>I have read and accepted DingTalk Custom Robot Service Terms of Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk asks you to accept its terms before it creates the robot. AlertDesk records when you did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept DingTalk Custom Robot Service Terms of Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the same box in the DingTalk client, then press Finish there: DingTalk shows the robot&apos;s webhook URL, which the next step asks for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::RobotWatch</name>
    <message>
        <source>No robot: add one to send test alerts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::RobotWebhookPage</name>
    <message>
        <source>Send a test message as soon as the robot is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a &amp;test message now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the webhook URL DingTalk shows after you add the robot and paste it here. Its access token goes to the keychain, never into the workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a test message after saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the webhook URL to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a test message now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test message result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving: the token and secret go to the keychain first, then the robot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1 Nothing was stored; fix it and press Finish again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the test message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the test message &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::SampleAlertEditor</name>
    <message>
        <source>Labels of the sample alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations of the sample alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AlertDesk test alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One firing alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several alerts, firing and resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sparse labels (Watchdog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twenty alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alertmanager webhook JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert shown in the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels and annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample alert:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample is not valid JSON at line %1, column %2: %3. The preview waits for it to parse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>of %n alert(s)</source>
        <translation>
            <numerusform>of %n alert</numerusform>
            <numerusform>of %n alerts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>alertdesk::ScreenshotTaker</name>
    <message numerus="yes">
        <source>The keychain check did not answer within %n second(s); saving the window as it is.</source>
        <translation>
            <numerusform>The keychain check did not answer within %n second; saving the window as it is.</numerusform>
            <numerusform>The keychain check did not answer within %n seconds; saving the window as it is.</numerusform>
        </translation>
    </message>
    <message>
        <source>The window closed before its screenshot was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the screenshot to %1. Check that the folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::SendBar</name>
    <message>
        <source>Send &amp;test alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send test alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of the test send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to robot &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Not recorded in the history: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::SendHistoryView</name>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk error %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held back (20 a minute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test send history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Robot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::SendOutcome</name>
    <message>
        <source>The webhook server answered with HTTP status %1 (a server error) instead of DingTalk&apos;s answer. If a proxy sits between this computer and DingTalk, check it; otherwise try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook server answered with HTTP status %1 instead of DingTalk&apos;s answer; DingTalk itself always answers with status 200. Check the robot&apos;s webhook URL and the proxy setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message did not reach DingTalk (%1). Check this computer&apos;s network connection, the proxy setting and the robot&apos;s webhook URL, then send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complete answer came within %1 seconds, so AlertDesk gave up. The network or a proxy may be slow or blocking the connection; check them. The message may still have arrived: look in the group before sending again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook answered, but not with DingTalk&apos;s answer (%1). The URL may lead to a login page, a proxy or another server: check the robot&apos;s webhook URL and the proxy setting. The message may not have arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook server&apos;s certificate was not trusted (%1), so AlertDesk did not send the message. Something between this computer and DingTalk may be intercepting the connection: check the robot&apos;s webhook URL and the proxy setting. If your network inspects encrypted traffic on purpose, install its certificate authority on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook answered with more than %1 MB, far more than DingTalk ever sends, so AlertDesk stopped reading it. The URL may lead to a download, a proxy or another server: check the robot&apos;s webhook URL and the proxy setting. The message may not have arrived.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::SendSlotRepository</name>
    <message>
        <source>read the robot&apos;s send budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update the robot&apos;s send budget</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::SettingsRepository</name>
    <message>
        <source>read the workspace settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the workspace settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this system knows. Give the zone the servers run in as an IANA name, such as Asia/Shanghai, UTC or Europe/Berlin (see timedatectl list-timezones).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::SigningSecretField</name>
    <message>
        <source>&amp;Signing (加签): sign every message with the robot&apos;s secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret is stored in the keychain; paste a new one to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the secret DingTalk shows under Additional Signature (SEC…)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::TargetPicker</name>
    <message>
        <source>Preview for robot or policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Robot to send the test to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to robot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Robot: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (reached by the policy)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::TemplatesPanel</name>
    <message>
        <source>Title template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save templates to policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ActionCard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save templates to policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AlertDesk&apos;s default templates, to try things out: to keep templates, preview a policy and save them to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited: not saved to the policy yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy has no templates of its own: it sends AlertDesk&apos;s defaults, shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy&apos;s stored templates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::TestAlert</name>
    <message>
        <source>Robot: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent at: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test message from AlertDesk. If it shows in the group, the robot is set up right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A test message from AlertDesk with %n sample alert(s).</source>
        <translation>
            <numerusform>A test message from AlertDesk with %n sample alert.</numerusform>
            <numerusform>A test message from AlertDesk with %n sample alerts.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no alertname)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESOLVED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIRING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>... and %n more alert(s).</source>
        <translation>
            <numerusform>... and %n more alert.</numerusform>
            <numerusform>... and %n more alerts.</numerusform>
        </translation>
    </message>
    <message>
        <source>About DingTalk custom robots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alerts file is not valid JSON (%1 at byte %2); give Alertmanager&apos;s webhook payload or a list of alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alerts file has no &quot;alerts&quot; list; give Alertmanager&apos;s webhook payload or a list of alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert %1 of the alerts file has no labels; every alert needs at least its alertname label.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::TestSendReport</name>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Delivered to robot &quot;%1&quot; in %2 ms: check the DingTalk group for the test message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ DingTalk refused it (errcode %1, &quot;%2&quot;). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ Not delivered. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::TestSendRepository</name>
    <message>
        <source>record the test send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the test send history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::Validation</name>
    <message>
        <source>The name is empty; enter 1 to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; starts or ends with spaces; remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; contains a line break, tab or other control character; remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is %2 characters long; shorten it to at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A keyword is empty; enter 1 to %1 characters or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyword &quot;%1&quot; starts or ends with spaces, which DingTalk would require in every message; remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyword &quot;%1&quot; contains a line break, tab or other control character; remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyword &quot;%1&quot; is %2 characters long; DingTalk allows at most %3, so shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IP range is empty; enter an IPv4 address such as 203.0.113.7 or a CIDR block such as 203.0.113.0/24, or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP range &quot;%1&quot; contains spaces; remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk cannot whitelist IPv6 addresses; &quot;%1&quot; is IPv6, so enter the IPv4 address or range your alerts are sent from instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address; write four numbers from 0 to 255 without leading zeros, such as 203.0.113.7 or 203.0.113.0/24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an invalid prefix length; write a CIDR block with a prefix from /0 to /32, such as 203.0.113.0/24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number &quot;%1&quot; contains spaces; write it as digits only, with the country code followed by a dash if needed, such as 13800138000 or +86-13800138000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number &quot;%1&quot; has no dash after the country code; write it as +CC-number, such as +86-13800138000 or +852-12345678.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number &quot;%1&quot; is not in the expected format: 5 to 20 digits, optionally after a country code written as +CC-, such as 13800138000 or +852-12345678.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address &quot;%1&quot; does not look like name@example.com; check it for typos and spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label name is empty; enter one such as alertname or severity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a label name; label names use letters, digits and underscores and do not start with a digit, such as alertname or k8s_namespace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone is empty; enter an IANA time zone such as Asia/Shanghai or UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this system knows; enter an IANA time zone such as Asia/Shanghai, Europe/Berlin or UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook endpoint &quot;%1&quot; is not a valid URL; use https://oapi.dingtalk.com/robot/send unless you send through a proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook endpoint &quot;%1&quot; does not start with https://; use an https URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook endpoint &quot;%1&quot; uses plain http, which would send the access token unencrypted; use https (http is allowed only for this computer, such as 127.0.0.1 or localhost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook endpoint contains a user name or password; remove the part before @ in the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook endpoint &quot;%1&quot; has a query (the part after ?); the endpoint ends at the path, the access token is kept separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook endpoint &quot;%1&quot; has a fragment (the part after #); remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token is missing; paste the whole webhook URL DingTalk shows under Webhook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token contains spaces or line breaks; copy it again without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token contains characters other than letters, digits, - and _; copy it again from the webhook URL DingTalk shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token is %1 characters long; DingTalk&apos;s tokens are 64 characters (8 to 256 are accepted), so copy the whole webhook URL again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;%1&quot; condition on label &quot;%2&quot; needs exactly one value; it has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The regular expression &quot;%1&quot; for label &quot;%2&quot; is invalid: %3 at offset %4; fix it or use = for a plain value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;%1&quot; condition on label &quot;%2&quot; has no values; list one or more values separated by |, such as critical|warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;%1&quot; condition on label &quot;%2&quot; has an empty value; remove it (use = &quot;&quot; to match a missing label).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;%1&quot; condition on label &quot;%2&quot; lists &quot;%3&quot; twice; remove one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes are %1 characters long; shorten them to at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description is %1 characters long; shorten it to at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is %1 KiB; pick one of at most 1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is neither a PNG nor a JPEG file; pick a PNG or JPEG picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture&apos;s size cannot be read (the file looks truncated or damaged); pick another picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is %1x%2 pixels; a robot&apos;s picture is at most %3x%3 pixels, so scale it down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing is off, so the robot must not have a signing secret; turn signing on or clear the secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing is on but there is no signing secret; paste the secret DingTalk shows under Additional Signature (it starts with SEC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing secret contains spaces or line breaks; copy it again without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing secret does not start with SEC; copy the whole secret DingTalk shows under Additional Signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing secret contains characters that DingTalk never puts in one; copy it again from DingTalk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing secret is %1 characters long; DingTalk&apos;s secrets are SEC followed by 64 characters (10 to 256 are accepted), so copy the whole secret again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A robot has at most %1 custom keywords (DingTalk&apos;s limit); this one has %2. Remove some of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyword &quot;%1&quot; is listed twice; remove one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A robot has at most %1 IP addresses or ranges (DingTalk&apos;s limit); this one has %2. Merge some into CIDR blocks or remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP range &quot;%1&quot; is listed twice; remove one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP range &quot;%1&quot; covers the same addresses as &quot;%2&quot;; remove one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration is %1; it must be longer than zero (for example 30s, 5m or 4h).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repeat interval (%1) is shorter than the group interval (%2), so Alertmanager would repeat notifications only at the group interval; make the repeat interval at least %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;...&quot; (group by all labels) cannot be combined with label names; use either &quot;...&quot; alone or a list of labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label &quot;%1&quot; is listed twice in group by; remove one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A policy without recipients reaches nobody; add a contact, a contact group or a robot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recipient has no id; pick the contact, group or robot again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 with id %2 is listed twice among the recipients; remove one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification window has no days; pick at least one day or remove the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification window has an unknown day (%1); pick days from Monday to Sunday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification window lists %1 twice; remove one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification window needs a start and an end time, such as 09:00-18:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification window starts and ends at %1; for notifications around the clock remove the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title template is %1 characters long; DingTalk takes at most 20000 bytes per message, so shorten it to at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text template is %1 characters long; DingTalk takes at most 20000 bytes per message, so shorten it to at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk refuses a robot without a security setting; add custom keywords (such as Alarm and Dispatch), turn on signing or add an IP range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DingTalk Custom Robot Service Terms of Service have not been accepted; read them and tick &quot;I have read and accepted&quot; to use the robot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk user id &quot;%1&quot; contains spaces; remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk user id &quot;%1&quot; is %2 characters long; a user id has at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member has no id; pick the contact again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact with id %1 is listed twice among the members; remove one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching rule %1 has no conditions; add one (such as severity=critical) or remove the rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching rule %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 template defines &quot;%2&quot;, but names starting with &quot;alertdesk.&quot; are AlertDesk&apos;s own in the exported bridge templates; pick another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::VerifyStepPage</name>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message this policy sends for a sample alert. Send it as a test and check that it arrives in the DingTalk group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy &quot;%1&quot; reaches no robot yet: give its contact a DingTalk chatbot, or add a robot as a recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy &quot;%1&quot; reaches robot %2. Send a test alert and look for it in the DingTalk group.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::WebhookField</name>
    <message>
        <source>Webhook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the webhook URL DingTalk shows (https://oapi.dingtalk.com/robot/send?…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook as stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is stored in the keychain; paste a new webhook URL to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the webhook URL DingTalk shows after you add the robot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1?access_token=•••••• (stored in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::WebhookUrl</name>
    <message>
        <source>The webhook URL is empty; copy the whole URL DingTalk shows under Webhook and paste it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a webhook URL; it should start with https://, like https://oapi.dingtalk.com/robot/send?access_token=... Copy the whole URL DingTalk shows under Webhook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This webhook URL has no host name; copy the whole URL DingTalk shows under Webhook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This webhook URL contains a user name or password before the host; DingTalk webhooks have none, so remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This webhook URL uses plain http://, which would send the access token unencrypted; use https:// (http is allowed only for this computer, such as 127.0.0.1 or localhost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This webhook URL has no access_token. Copy the whole URL DingTalk shows under Webhook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This webhook URL has two different access_token values; copy the URL of one robot only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped the query parameter &quot;%1&quot;: a DingTalk webhook only needs access_token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped the part after # from the webhook URL; DingTalk webhooks have none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This webhook goes to %1, not to DingTalk&apos;s oapi.dingtalk.com. That is fine for a proxy or a test server; otherwise check that you copied the right URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk&apos;s robot webhooks end in /robot/send, but this one ends in &quot;%1&quot;; check that you copied the right URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::WelcomePanel</name>
    <message>
        <source>Welcome to AlertDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace is empty. AlertDesk records the DingTalk robots of your groups, the people alerts are for and the policies that route alerts to them, lets you send a test alert, and writes the configuration your servers need. How would you like to begin?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a DingTalk robot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wizard walks through what you do in the DingTalk client: the robot&apos;s profile, its security settings, the terms and its webhook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an existing setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read an alertmanager.yml or a DingTalk webhook bridge configuration you already use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go straight to the workspace and add robots, contacts and policies yourself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::WizardLedger</name>
    <message>
        <source>Robot &quot;%1&quot; (created, its token in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &quot;%1&quot; (created)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact group &quot;%1&quot; (created)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification policy &quot;%1&quot; (created)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact group &quot;%1&quot; (the contact was added to it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification policy &quot;%1&quot; (a recipient was added to it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::Workspace</name>
    <message>
        <source>A robot named &quot;%1&quot; already exists; pick another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing is now on, so AlertDesk needs the robot&apos;s signing secret (it starts with SEC); copy it from the robot&apos;s security settings in DingTalk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain has no %1 for robot &quot;%2&quot;. Paste the robot&apos;s webhook again (alertdeskctl robot edit, or Edit in the Robots page) to store it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing secret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::WorkspaceFileDialogs</name>
    <message>
        <source>AlertDesk workspaces (*.sqlite *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name for the new workspace, or use Open workspace to open this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::WorkspaceProblemWindow</name>
    <message>
        <source>AlertDesk — the workspace could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AlertDesk could not open this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another workspace or start a new one. To use this one, fix what is named above and choose Try again. AlertDesk has not changed the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open another workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alertdesk::startup::Messages</name>
    <message>
        <source>Run alertdesk --help to see the options.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
