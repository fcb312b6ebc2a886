<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <source>Added robot &quot;%1&quot;; its access token%2 is in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and signing secret</source>
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
        <source>The robot to send to (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send as this policy would: its message type and its @mentions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summarise these sample alerts (Alertmanager&apos;s webhook JSON, or a list of alerts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk message type: markdown (default, or the policy&apos;s), text, actionCard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the checks and the request (token and signature redacted); send nothing.</source>
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
        <source>send-test needs --robot NAME.</source>
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
    <name>alertdesk::PageCatalog</name>
    <message>
        <source>Robots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk custom robots post alerts into a group. Add one for each group that should receive alerts; its access token and signing secret are kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No robots yet</source>
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
        <source>Contacts are the people alerts are for. Each one records how to @mention the person in DingTalk (mobile number or user ID) and which robot reaches them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts yet</source>
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
        <source>A contact group is a named set of contacts, such as an on-call rota or a team, so that a policy can notify all of them at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact groups yet</source>
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
        <source>A notification policy decides which alerts reach whom: it matches alerts by their labels and sends them through DingTalk to a contact, a contact group or a robot, at the times you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notification policies yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n notification policy(s)</source>
        <translation>
            <numerusform>%n notification policy</numerusform>
            <numerusform>%n notification policies</numerusform>
        </translation>
    </message>
    <message>
        <source>Send test alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here you will pick a policy or a robot and a sample alert, see the message exactly as DingTalk will show it, check it against DingTalk&apos;s rules (keywords, size, mentions) and send it to the group to be sure it arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming in a later version of AlertDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here you will write the configuration your servers need to send these alerts: Alertmanager&apos;s routes and receivers and the DingTalk webhook bridge&apos;s targets and templates, with a preview of each file and a check with amtool before anything is written.</source>
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
    <name>alertdesk::startup::Messages</name>
    <message>
        <source>Run alertdesk --help to see the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
