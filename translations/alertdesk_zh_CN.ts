<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Export</name>
    <message>
        <source>Could not write %1: %2. Nothing was exported; check the directory and try again.</source>
        <translation>无法写入 %1：%2。未导出任何内容；请检查该目录后重试。</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>The route sends to receiver &quot;%1&quot;, which is not defined under receivers.</source>
        <translation>路由发送到接收器“%1”，但 receivers 中没有定义它。</translation>
    </message>
    <message>
        <source>The route uses time interval &quot;%1&quot;, which is not defined under time_intervals.</source>
        <translation>路由使用了时间区间“%1”，但 time_intervals 中没有定义它。</translation>
    </message>
    <message>
        <source>The root route cannot have matchers or time intervals (Alertmanager refuses them).</source>
        <translation>根路由不能设置匹配器或时间区间（Alertmanager 不接受）。</translation>
    </message>
    <message>
        <source>Expected a list of routes.</source>
        <translation>应为路由列表。</translation>
    </message>
</context>
<context>
    <name>alertdesk::AddRobotWizard</name>
    <message>
        <source>Add DingTalk Robot</source>
        <translation>添加钉钉机器人</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Saved robot &quot;%1&quot;. Its access token and signing secret are in the keychain (%2).</source>
        <translation>已保存机器人“%1”。其 access token 和加签密钥已保存在钥匙串中（%2）。</translation>
    </message>
    <message>
        <source>Saved robot &quot;%1&quot;. Its access token is in the keychain (%2).</source>
        <translation>已保存机器人“%1”。其 access token 已保存在钥匙串中（%2）。</translation>
    </message>
    <message>
        <source>Copied: the full webhook URL is on the clipboard for 30 seconds.</source>
        <translation>已复制：完整的 Webhook 地址将在剪贴板中保留 30 秒。</translation>
    </message>
</context>
<context>
    <name>alertdesk::AppController</name>
    <message>
        <source>Opened %1.</source>
        <translation>已打开 %1。</translation>
    </message>
    <message>
        <source>Could not open the workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation>无法打开 %1。</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>已创建 %1。</translation>
    </message>
</context>
<context>
    <name>alertdesk::AvatarPicker</name>
    <message>
        <source>&amp;Choose picture…</source>
        <translation>选择图片(&amp;C)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve picture</source>
        <translation>删除图片(&amp;V)</translation>
    </message>
    <message>
        <source>Profile picture</source>
        <translation>头像</translation>
    </message>
    <message>
        <source>Choose a profile picture</source>
        <translation>选择头像</translation>
    </message>
    <message>
        <source>Remove the profile picture</source>
        <translation>删除头像</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PNG or JPEG picture; DingTalk robots take only those.</source>
        <translation>“%1”不是 PNG 或 JPEG 图片；钉钉机器人只支持这两种格式。</translation>
    </message>
    <message>
        <source>Could not read the picture &quot;%1&quot;: %2.</source>
        <translation>无法读取图片“%1”：%2。</translation>
    </message>
    <message>
        <source>Choose the robot&apos;s profile picture</source>
        <translation>选择机器人的头像</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>无头像</translation>
    </message>
</context>
<context>
    <name>alertdesk::BubbleView</name>
    <message>
        <source>Message as DingTalk shows it</source>
        <translation>在钉钉中显示的消息</translation>
    </message>
    <message>
        <source>(no robot)</source>
        <translation>（无机器人）</translation>
    </message>
    <message>
        <source>Chat list: %1</source>
        <translation>会话列表：%1</translation>
    </message>
    <message>
        <source>Desktop only: DingTalk on mobile does not show the table or code block below.</source>
        <translation>仅限桌面端：钉钉移动端不显示下方的表格或代码块。</translation>
    </message>
</context>
<context>
    <name>alertdesk::BundleReader</name>
    <message>
        <source>Expected a list.</source>
        <translation>应为列表。</translation>
    </message>
    <message>
        <source>Expected an object.</source>
        <translation>应为对象。</translation>
    </message>
    <message>
        <source>This is not valid JSON (%1); the bundle may be truncated or edited by hand.</source>
        <translation>这不是有效的 JSON（%1）；工作区包可能不完整或被手动编辑过。</translation>
    </message>
    <message>
        <source>This is not an AlertDesk bundle (its &quot;format&quot; is not &quot;alertdesk-bundle&quot;).</source>
        <translation>这不是 AlertDesk 工作区包（其 &quot;format&quot; 不是 &quot;alertdesk-bundle&quot;）。</translation>
    </message>
    <message>
        <source>The bundle is version %1, made by a newer AlertDesk; this one reads version 1. Update AlertDesk to import it.</source>
        <translation>该工作区包的版本为 %1，由更新版本的 AlertDesk 生成；当前版本只能读取版本 1。请升级 AlertDesk 后再导入。</translation>
    </message>
    <message>
        <source>The bundle&apos;s version is missing or not a number; this AlertDesk reads version 1.</source>
        <translation>该工作区包的版本缺失或不是数字；当前版本的 AlertDesk 只能读取版本 1。</translation>
    </message>
    <message>
        <source>Expected an object of secrets by robot id.</source>
        <translation>应为以机器人 id 为键的密钥对象。</translation>
    </message>
    <message>
        <source>It refers to %1 %2, which the bundle does not contain.</source>
        <translation>它引用了 %1 %2，但工作区包中不包含该项。</translation>
    </message>
    <message>
        <source>bundle</source>
        <translation>工作区包</translation>
    </message>
    <message>
        <source>The bundle holds no access token for robot &quot;%1&quot;; it is imported without one. Paste its webhook again: alertdeskctl robot edit &quot;%1&quot; --webhook-stdin%2, or Edit in the Robots page.</source>
        <translation>工作区包中没有机器人“%1”的 access token；该机器人将在不含 access token 的情况下导入。请重新粘贴其 Webhook：alertdeskctl robot edit &quot;%1&quot; --webhook-stdin%2，或在“机器人”页面中点击“编辑”。</translation>
    </message>
    <message>
        <source>The bundle does not carry the picture of robot &quot;%1&quot;; set it again if you want it.</source>
        <translation>工作区包中不含机器人“%1”的头像；如有需要，请重新设置。</translation>
    </message>
</context>
<context>
    <name>alertdesk::ChecksPanel</name>
    <message>
        <source>Keyword:</source>
        <translation>关键词：</translation>
    </message>
    <message>
        <source>Bytes used of DingTalk&apos;s 20000</source>
        <translation>已用字节数（钉钉上限 20000）</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>大小：</translation>
    </message>
    <message>
        <source>Mentions:</source>
        <translation>@提醒：</translation>
    </message>
    <message>
        <source>On mobile:</source>
        <translation>移动端：</translation>
    </message>
    <message>
        <source>Robot:</source>
        <translation>机器人：</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>发送频率：</translation>
    </message>
    <message>
        <source>The robot has no custom keywords: DingTalk checks none.</source>
        <translation>该机器人没有自定义关键词：钉钉不做关键词校验。</translation>
    </message>
    <message>
        <source>Nobody is mentioned.</source>
        <translation>未 @提醒 任何人。</translation>
    </message>
    <message>
        <source>✔ Shows the same on mobile and desktop.</source>
        <translation>✔ 移动端和桌面端显示一致。</translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation>%1 / %2 字节</translation>
    </message>
    <message>
        <source>Nothing to check yet.</source>
        <translation>暂无可检查的内容。</translation>
    </message>
    <message>
        <source>%1 of %2 sends left this minute (DingTalk allows 20 a minute per robot).</source>
        <translation>本分钟剩余发送次数：%1 / %2（钉钉限制每个机器人每分钟 20 条）。</translation>
    </message>
    <message>
        <source>✔ Set up for sending.</source>
        <translation>✔ 已具备发送条件。</translation>
    </message>
</context>
<context>
    <name>alertdesk::Cli</name>
    <message>
        <source>chatbot of contacts %1</source>
        <translation>联系人 %1 的钉钉机器人</translation>
    </message>
    <message>
        <source>member of groups %1</source>
        <translation>联系人组 %1 的成员</translation>
    </message>
    <message>
        <source>recipient of policies %1</source>
        <translation>通知策略 %1 的通知对象</translation>
    </message>
    <message>
        <source>error: </source>
        <translation>错误：</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>Workspace file to use (default: $ALERTDESK_DB, else %1).</source>
        <translation>要使用的工作区文件（默认：$ALERTDESK_DB，未设置时为 %1）。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Print list and show output as JSON.</source>
        <translation>以 JSON 格式输出 list 和 show 的结果。</translation>
    </message>
    <message>
        <source>Usage: alertdeskctl [--db PATH] [--json] COMMAND VERB [OPTIONS]

Sets up DingTalk group robots, contacts, contact groups and notification policies in an AlertDesk workspace.
Robot access tokens and signing secrets are kept in the system keychain and read from standard input only.

Commands:
</source>
        <translation>用法：alertdeskctl [--db PATH] [--json] 命令 动词 [选项]

在 AlertDesk 工作区中配置钉钉群机器人、联系人、联系人组和通知策略。
机器人的 access token 和加签密钥保存在系统钥匙串中，并且只从标准输入读取。

命令：
</translation>
    </message>
    <message>
        <source>Usage: alertdeskctl %1 VERB [OPTIONS]

%2

Verbs:
</source>
        <translation>用法：alertdeskctl %1 动词 [选项]

%2

动词：
</translation>
    </message>
    <message>
        <source>
Run &apos;alertdeskctl %1 VERB --help&apos; for the options of a verb.
</source>
        <translation>
运行 &apos;alertdeskctl %1 动词 --help&apos; 查看某个动词的选项。
</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>The %1 to act on.</source>
        <translation>要操作的 %1。</translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for its options.</source>
        <translation>运行 &apos;%1 --help&apos; 查看它的选项。</translation>
    </message>
    <message>
        <source>error: %1 needs exactly one %2.</source>
        <translation>错误：%1 需要且只需要一个 %2 参数。</translation>
    </message>
    <message>
        <source>error: %1 takes no arguments besides its options.</source>
        <translation>错误：%1 除选项外不接受其他参数。</translation>
    </message>
    <message>
        <source>error: &apos;%1&apos; is not a verb of &apos;%2&apos;.</source>
        <translation>错误：&apos;%1&apos; 不是 &apos;%2&apos; 的动词。</translation>
    </message>
    <message>
        <source>error: unknown command &apos;%1&apos;.</source>
        <translation>错误：未知命令 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>New name.</source>
        <translation>新名称。</translation>
    </message>
    <message>
        <source>Contact name (unique).</source>
        <translation>联系人名称（不可重复）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Mobile phone for DingTalk @mentions: digits, optional +CC- prefix (+86-13800138000).</source>
        <translation>用于钉钉 @提醒的手机号：数字，可带 +国家码- 前缀（+86-13800138000）。</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>PHONE</translation>
    </message>
    <message>
        <source>Email address.</source>
        <translation>电子邮件地址。</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>EMAIL</translation>
    </message>
    <message>
        <source>DingTalk user id, for @mentions by id.</source>
        <translation>钉钉用户 ID，用于按 ID @提醒。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The contact&apos;s DingTalk chatbot, by robot name.</source>
        <translation>联系人的钉钉机器人，按机器人名称指定。</translation>
    </message>
    <message>
        <source>The contact&apos;s DingTalk chatbot, by webhook URL: links the robot with that token.</source>
        <translation>联系人的钉钉机器人，按 Webhook 地址指定：关联 access token 相同的机器人。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Free-form notes.</source>
        <translation>备注（任意文本）。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Unlink the contact&apos;s DingTalk chatbot.</source>
        <translation>取消关联联系人的钉钉机器人。</translation>
    </message>
    <message>
        <source>No robot in this workspace has that webhook. Add the robot first (alertdeskctl robot add --webhook ...), then link it with --robot NAME.</source>
        <translation>此工作区中没有使用该 Webhook 的机器人。请先添加机器人（alertdeskctl robot add --webhook ...），再用 --robot NAME 关联它。</translation>
    </message>
    <message>
        <source>Give the chatbot either by --robot NAME or by --webhook URL, not both.</source>
        <translation>钉钉机器人只能用 --robot NAME 或 --webhook URL 其中一种方式指定，不能同时使用。</translation>
    </message>
    <message>
        <source>Added contact &quot;%1&quot;.</source>
        <translation>已添加联系人“%1”。</translation>
    </message>
    <message>
        <source>Updated contact &quot;%1&quot;.</source>
        <translation>已更新联系人“%1”。</translation>
    </message>
    <message>
        <source>Contact &quot;%1&quot; is in use (%2). Removing it takes it out of those groups and policies; add --force to remove it anyway.</source>
        <translation>联系人“%1”正在被使用（%2）。删除后它将从这些联系人组和通知策略中移除；如仍要删除，请加上 --force。</translation>
    </message>
    <message>
        <source>Removed contact &quot;%1&quot;.</source>
        <translation>已删除联系人“%1”。</translation>
    </message>
    <message>
        <source>No contacts yet. Add one with: alertdeskctl contact add --help</source>
        <translation>还没有联系人。添加联系人：alertdeskctl contact add --help</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>DingTalk user id</source>
        <translation>钉钉用户 ID</translation>
    </message>
    <message>
        <source>DingTalk chatbot</source>
        <translation>钉钉机器人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>使用方</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Contacts: who alerts are for, how to @mention them, and their DingTalk chatbot.</source>
        <translation>联系人：告警通知给谁、如何 @提醒他们，以及他们的钉钉机器人。</translation>
    </message>
    <message>
        <source>Add a contact.</source>
        <translation>添加联系人。</translation>
    </message>
    <message>
        <source>List contacts.</source>
        <translation>列出联系人。</translation>
    </message>
    <message>
        <source>Show one contact.</source>
        <translation>显示一个联系人。</translation>
    </message>
    <message>
        <source>Change a contact; options not given stay as they are.</source>
        <translation>修改联系人；未指定的选项保持不变。</translation>
    </message>
    <message>
        <source>Remove a contact (also from its groups and policies).</source>
        <translation>删除联系人（同时从其所在的联系人组和通知策略中移除）。</translation>
    </message>
    <message>
        <source>Remove it even when groups or policies use it.</source>
        <translation>即使有联系人组或通知策略在使用，也要删除。</translation>
    </message>
    <message>
        <source>Group name (unique).</source>
        <translation>联系人组名称（不可重复）。</translation>
    </message>
    <message>
        <source>What the group is for.</source>
        <translation>联系人组的用途说明。</translation>
    </message>
    <message>
        <source>Contact in the group, by name; repeat for several. Replaces the members.</source>
        <translation>组内的联系人，按名称指定；可重复指定多个。将替换现有成员。</translation>
    </message>
    <message>
        <source>Contact in the group, by name; repeat for several.</source>
        <translation>组内的联系人，按名称指定；可重复指定多个。</translation>
    </message>
    <message>
        <source>CONTACT</source>
        <translation>CONTACT</translation>
    </message>
    <message>
        <source>Add a contact to the group.</source>
        <translation>将联系人加入该组。</translation>
    </message>
    <message>
        <source>Take a contact out of the group.</source>
        <translation>将联系人移出该组。</translation>
    </message>
    <message>
        <source>Take every contact out of the group.</source>
        <translation>将所有联系人移出该组。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a member of this group.</source>
        <translation>“%1”不是该组的成员。</translation>
    </message>
    <message numerus="yes">
        <source>Added contact group &quot;%1&quot; with %n member(s).</source>
        <translation>
            <numerusform>已添加联系人组“%1”，共 %n 名成员。</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated contact group &quot;%1&quot;.</source>
        <translation>已更新联系人组“%1”。</translation>
    </message>
    <message>
        <source>Contact group &quot;%1&quot; is in use (%2). Removing it takes it out of those policies; add --force to remove it anyway.</source>
        <translation>联系人组“%1”正在被使用（%2）。删除后它将从这些通知策略中移除；如仍要删除，请加上 --force。</translation>
    </message>
    <message>
        <source>Removed contact group &quot;%1&quot;; its contacts stay.</source>
        <translation>已删除联系人组“%1”；组内联系人保留。</translation>
    </message>
    <message>
        <source>No contact groups yet. Add one with: alertdeskctl group add --help</source>
        <translation>还没有联系人组。添加联系人组：alertdeskctl group add --help</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Contact groups: named sets of contacts that policies can notify together.</source>
        <translation>联系人组：有名称的一组联系人，通知策略可以一次通知组内所有人。</translation>
    </message>
    <message>
        <source>Add a contact group.</source>
        <translation>添加联系人组。</translation>
    </message>
    <message>
        <source>List contact groups.</source>
        <translation>列出联系人组。</translation>
    </message>
    <message>
        <source>Show one contact group.</source>
        <translation>显示一个联系人组。</translation>
    </message>
    <message>
        <source>Change a contact group; options not given stay as they are.</source>
        <translation>修改联系人组；未指定的选项保持不变。</translation>
    </message>
    <message>
        <source>Remove a contact group (its contacts stay).</source>
        <translation>删除联系人组（组内联系人保留）。</translation>
    </message>
    <message>
        <source>Remove it even when policies use it.</source>
        <translation>即使有通知策略在使用，也要删除。</translation>
    </message>
    <message>
        <source> Replaces the current ones.</source>
        <translation>将替换现有设置。</translation>
    </message>
    <message>
        <source>Policy name (unique).</source>
        <translation>通知策略名称（不可重复）。</translation>
    </message>
    <message>
        <source>What the policy is for.</source>
        <translation>通知策略的用途说明。</translation>
    </message>
    <message>
        <source>Who is notified: contact:NAME, group:NAME or robot:NAME; repeat for several.</source>
        <translation>通知谁：contact:NAME、group:NAME 或 robot:NAME；可重复指定多个。</translation>
    </message>
    <message>
        <source>KIND:NAME</source>
        <translation>KIND:NAME</translation>
    </message>
    <message>
        <source>A matching rule: comma-separated conditions label=value, label!=value, label=~regex, label!~regex, label in a|b, label notin a|b. Repeat for several rules; an alert matches when any rule matches. No rules: every alert.</source>
        <translation>匹配规则：以逗号分隔的条件 label=value、label!=value、label=~regex、label!~regex、label in a|b、label notin a|b。可重复指定多条规则；告警满足任意一条规则即匹配。不指定规则：匹配所有告警。</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>RULE</translation>
    </message>
    <message>
        <source>Labels to group alerts by, comma-separated (default alertname).</source>
        <translation>告警分组所依据的标签，以逗号分隔（默认 alertname）。</translation>
    </message>
    <message>
        <source>LABELS</source>
        <translation>LABELS</translation>
    </message>
    <message>
        <source>Wait before the first notification of a group (30s).</source>
        <translation>分组等待：一组告警发送首条通知前的等待时间（30s）。</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURATION</translation>
    </message>
    <message>
        <source>Wait before notifying about new alerts of a group (5m).</source>
        <translation>分组间隔：同一组有新告警时，再次通知前的等待时间（5m）。</translation>
    </message>
    <message>
        <source>Wait before repeating a notification (4h).</source>
        <translation>重复间隔：重复发送同一通知前的等待时间（4h）。</translation>
    </message>
    <message>
        <source>Notify only in this window, e.g. &apos;mon-fri 09:00-18:00 Asia/Shanghai&apos;.</source>
        <translation>只在此通知时段内通知，例如 &apos;mon-fri 09:00-18:00 Asia/Shanghai&apos;。</translation>
    </message>
    <message>
        <source>WINDOW</source>
        <translation>WINDOW</translation>
    </message>
    <message>
        <source>Do not send a notice when alerts resolve.</source>
        <translation>告警恢复时不发送恢复通知。</translation>
    </message>
    <message>
        <source>DingTalk message type: markdown (default), text, actionCard.</source>
        <translation>钉钉消息类型：markdown（默认）、text、actionCard。</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>File with the title template (Go template).</source>
        <translation>标题模板文件（Go 模板）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>File with the text template (Go template).</source>
        <translation>正文模板文件（Go 模板）。</translation>
    </message>
    <message>
        <source>Template dialect: dingtalk-bridge (default) or alertmanager.</source>
        <translation>模板方言：dingtalk-bridge（默认）或 alertmanager。</translation>
    </message>
    <message>
        <source>DIALECT</source>
        <translation>DIALECT</translation>
    </message>
    <message>
        <source>Who to @mention: none (default), all, recipients.</source>
        <translation>@提醒谁：none（默认）、all、recipients。</translation>
    </message>
    <message>
        <source>WHO</source>
        <translation>WHO</translation>
    </message>
    <message>
        <source>Store the policy disabled.</source>
        <translation>以停用状态保存该通知策略。</translation>
    </message>
    <message>
        <source>Remove all matching rules (match every alert).</source>
        <translation>删除所有匹配规则（匹配所有告警）。</translation>
    </message>
    <message>
        <source>Remove the notification window (notify any time).</source>
        <translation>删除通知时段（任何时间都通知）。</translation>
    </message>
    <message>
        <source>Send a notice when alerts resolve.</source>
        <translation>告警恢复时发送恢复通知。</translation>
    </message>
    <message>
        <source>Enable the policy.</source>
        <translation>启用该通知策略。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a recipient; write contact:NAME, group:NAME or robot:NAME.</source>
        <translation>“%1”不是有效的通知对象；请写成 contact:NAME、group:NAME 或 robot:NAME。</translation>
    </message>
    <message>
        <source>Cannot read the template %1: %2.</source>
        <translation>无法读取模板 %1：%2。</translation>
    </message>
    <message>
        <source>--%1 must be one of %2; &quot;%3&quot; is not.</source>
        <translation>--%1 必须是 %2 之一；&quot;%3&quot; 不是。</translation>
    </message>
    <message>
        <source>Added notification policy &quot;%1&quot;.</source>
        <translation>已添加通知策略“%1”。</translation>
    </message>
    <message>
        <source>Updated notification policy &quot;%1&quot;.</source>
        <translation>已更新通知策略“%1”。</translation>
    </message>
    <message>
        <source>Removed notification policy &quot;%1&quot;.</source>
        <translation>已删除通知策略“%1”。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>(every alert)</source>
        <translation>（所有告警）</translation>
    </message>
    <message>
        <source>No notification policies yet. Add one with: alertdeskctl policy add --help</source>
        <translation>还没有通知策略。添加通知策略：alertdeskctl policy add --help</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>通知对象</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>通知方式</translation>
    </message>
    <message>
        <source>DingTalk</source>
        <translation>钉钉</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>匹配规则</translation>
    </message>
    <message>
        <source>  or</source>
        <translation>  或</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>分组依据</translation>
    </message>
    <message>
        <source>Group wait</source>
        <translation>分组等待</translation>
    </message>
    <message>
        <source>Group interval</source>
        <translation>分组间隔</translation>
    </message>
    <message>
        <source>Repeat interval</source>
        <translation>重复间隔</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>通知时段</translation>
    </message>
    <message>
        <source>(any time)</source>
        <translation>（任何时间）</translation>
    </message>
    <message>
        <source>Resolved notices</source>
        <translation>恢复通知</translation>
    </message>
    <message>
        <source>Message type</source>
        <translation>消息类型</translation>
    </message>
    <message>
        <source>Dialect</source>
        <translation>模板方言</translation>
    </message>
    <message>
        <source>Title template</source>
        <translation>标题模板</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <source>Text template</source>
        <translation>正文模板</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>@提醒</translation>
    </message>
    <message>
        <source>Notification policies: which alerts go to which contacts, groups and robots, grouped and timed as Alertmanager does, with method DingTalk.</source>
        <translation>通知策略：哪些告警通知给哪些联系人、联系人组和机器人，按 Alertmanager 的方式分组和定时，通知方式为钉钉。</translation>
    </message>
    <message>
        <source>Add a notification policy.</source>
        <translation>添加通知策略。</translation>
    </message>
    <message>
        <source>List notification policies.</source>
        <translation>列出通知策略。</translation>
    </message>
    <message>
        <source>Show one notification policy.</source>
        <translation>显示一条通知策略。</translation>
    </message>
    <message>
        <source>Change a policy; options not given stay as they are.</source>
        <translation>修改通知策略；未指定的选项保持不变。</translation>
    </message>
    <message>
        <source>Remove a notification policy.</source>
        <translation>删除通知策略。</translation>
    </message>
    <message>
        <source>Robot name (1-64 characters, unique).</source>
        <translation>机器人名称（1-64 个字符，不可重复）。</translation>
    </message>
    <message>
        <source>Webhook URL as DingTalk shows it (https://oapi.dingtalk.com/robot/send?access_token=...).</source>
        <translation>钉钉显示的 Webhook 地址（https://oapi.dingtalk.com/robot/send?access_token=...）。</translation>
    </message>
    <message>
        <source>Read the webhook URL from the first line of standard input instead (keeps the token out of the process list and shell history).</source>
        <translation>改为从标准输入的第一行读取 Webhook 地址（这样 access token 不会出现在进程列表和 shell 历史记录中）。</translation>
    </message>
    <message>
        <source>Custom keyword; repeat for several. Replaces the robot&apos;s keywords.</source>
        <translation>自定义关键词；可重复指定多个。将替换机器人现有的关键词。</translation>
    </message>
    <message>
        <source>Custom keyword; repeat for several (up to 10). The Managed Prometheus console needs Alarm and Dispatch.</source>
        <translation>自定义关键词；可重复指定多个（最多 10 个）。阿里云 Prometheus 监控控制台要求包含 Alarm 和 Dispatch。</translation>
    </message>
    <message>
        <source>WORD</source>
        <translation>WORD</translation>
    </message>
    <message>
        <source>Add a keyword preset: arms (Alarm, Dispatch), arms-api (告警), generic (alert).</source>
        <translation>添加一组预设关键词：arms（Alarm、Dispatch）、arms-api（告警）、generic（alert）。</translation>
    </message>
    <message>
        <source>PRESET</source>
        <translation>PRESET</translation>
    </message>
    <message>
        <source>IPv4 address or CIDR range allowed to send; repeat for several (up to 10).</source>
        <translation>允许发送消息的 IPv4 地址或 CIDR 地址段；可重复指定多个（最多 10 个）。</translation>
    </message>
    <message>
        <source>RANGE</source>
        <translation>RANGE</translation>
    </message>
    <message>
        <source>Turn signing on and read the signing secret (SEC...) from standard input (after the webhook line when --webhook-stdin is given too).</source>
        <translation>开启加签，并从标准输入读取加签密钥（SEC...）（如果同时指定了 --webhook-stdin，则在 Webhook 那一行之后）。</translation>
    </message>
    <message>
        <source>Profile picture: a PNG or JPEG of at most 256x256 pixels.</source>
        <translation>机器人头像：不超过 256x256 像素的 PNG 或 JPEG 图片。</translation>
    </message>
    <message>
        <source>Store the robot disabled: nothing is sent through it.</source>
        <translation>以停用状态保存机器人：不会通过它发送任何消息。</translation>
    </message>
    <message>
        <source>Remove all custom keywords.</source>
        <translation>删除所有自定义关键词。</translation>
    </message>
    <message>
        <source>Remove all IP ranges.</source>
        <translation>删除所有 IP地址（段）。</translation>
    </message>
    <message>
        <source>Turn signing off and delete the stored signing secret.</source>
        <translation>关闭加签，并删除已保存的加签密钥。</translation>
    </message>
    <message>
        <source>Remove the profile picture.</source>
        <translation>删除机器人头像。</translation>
    </message>
    <message>
        <source>Enable the robot.</source>
        <translation>启用该机器人。</translation>
    </message>
    <message>
        <source>Confirm you have read and accepted the DingTalk Custom Robot Service Terms of Service (required, as in the DingTalk client).</source>
        <translation>确认你已阅读并同意《钉钉自定义机器人服务及免责条款》（必填，与钉钉客户端中一样）。</translation>
    </message>
    <message>
        <source>--webhook-stdin was given but standard input is empty; pipe the webhook URL in.</source>
        <translation>指定了 --webhook-stdin，但标准输入为空；请通过管道传入 Webhook 地址。</translation>
    </message>
    <message>
        <source>Unknown keyword preset &quot;%1&quot;; use arms, arms-api or generic.</source>
        <translation>未知的关键词预设 &quot;%1&quot;；请使用 arms、arms-api 或 generic。</translation>
    </message>
    <message>
        <source>--secret-stdin was given but no signing secret came on standard input; pipe it in (printf %s &quot;$SECRET&quot; | alertdeskctl ...).</source>
        <translation>指定了 --secret-stdin，但标准输入中没有加签密钥；请通过管道传入（printf %s &quot;$SECRET&quot; | alertdeskctl ...）。</translation>
    </message>
    <message>
        <source>Cannot read the picture %1: %2.</source>
        <translation>无法读取图片 %1：%2。</translation>
    </message>
    <message>
        <source>The keywords lack %1, which the Managed Prometheus / ARMS console requires on its DingTalk robots; alerts sent from there will be refused (310000 keywords not in content).</source>
        <translation>关键词中缺少 %1，而阿里云 Prometheus 监控 / ARMS 控制台要求其钉钉机器人包含这些关键词；从控制台发送的告警将被拒收（310000 keywords not in content）。</translation>
    </message>
    <message>
        <source>robot add needs the robot&apos;s webhook: --webhook URL or --webhook-stdin.</source>
        <translation>robot add 需要机器人的 Webhook：--webhook URL 或 --webhook-stdin。</translation>
    </message>
    <message>
        <source>Updated robot &quot;%1&quot;.</source>
        <translation>已更新机器人“%1”。</translation>
    </message>
    <message>
        <source>Robot &quot;%1&quot; is in use (%2). Removing it unlinks it from those contacts and policies; add --force to remove it anyway.</source>
        <translation>机器人“%1”正在被使用（%2）。删除后它将与这些联系人和通知策略解除关联；如仍要删除，请加上 --force。</translation>
    </message>
    <message>
        <source>Removed robot &quot;%1&quot; and its keychain entries.</source>
        <translation>已删除机器人“%1”及其钥匙串条目。</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>No robots yet. Add one with: alertdeskctl robot add --help</source>
        <translation>还没有机器人。添加机器人：alertdeskctl robot add --help</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>?access_token=(in the keychain; print it with: alertdeskctl robot copy-webhook)</source>
        <translation>?access_token=（保存在钥匙串中；用 alertdeskctl robot copy-webhook 输出）</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>自定义关键词</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>加签</translation>
    </message>
    <message>
        <source>on (secret in the keychain)</source>
        <translation>开启（密钥保存在钥匙串中）</translation>
    </message>
    <message>
        <source>IP ranges</source>
        <translation>IP地址（段）</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>头像</translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>Terms accepted</source>
        <translation>同意条款时间</translation>
    </message>
    <message>
        <source>DingTalk custom robots: profile, security settings (keywords, signing, IP ranges) and webhook.</source>
        <translation>钉钉自定义机器人：基本信息、安全设置（自定义关键词、加签、IP地址（段））和 Webhook。</translation>
    </message>
    <message>
        <source>Add a robot. Example: printf %s &quot;$SECRET&quot; | alertdeskctl robot add --name ops --webhook URL --keyword Alarm --keyword Dispatch --secret-stdin --accept-terms</source>
        <translation>添加机器人。示例：printf %s &quot;$SECRET&quot; | alertdeskctl robot add --name ops --webhook URL --keyword Alarm --keyword Dispatch --secret-stdin --accept-terms</translation>
    </message>
    <message>
        <source>List robots.</source>
        <translation>列出机器人。</translation>
    </message>
    <message>
        <source>Show one robot.</source>
        <translation>显示一个机器人。</translation>
    </message>
    <message>
        <source>Change a robot; options not given stay as they are.</source>
        <translation>修改机器人；未指定的选项保持不变。</translation>
    </message>
    <message>
        <source>Remove a robot and its keychain entries.</source>
        <translation>删除机器人及其钥匙串条目。</translation>
    </message>
    <message>
        <source>Remove it even when contacts or policies use it.</source>
        <translation>即使有联系人或通知策略在使用，也要删除。</translation>
    </message>
    <message>
        <source>Print the full webhook URL, with its access token.</source>
        <translation>输出完整的 Webhook 地址（包含 access token）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <comment>column</comment>
        <translation>名称</translation>
    </message>
    <message>
        <source>PHONE</source>
        <comment>column</comment>
        <translation>手机号</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <comment>column</comment>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>USER ID</source>
        <comment>column</comment>
        <translation>用户 ID</translation>
    </message>
    <message>
        <source>CHATBOT</source>
        <comment>column</comment>
        <translation>钉钉机器人</translation>
    </message>
    <message>
        <source>MEMBERS</source>
        <comment>column</comment>
        <translation>成员</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <comment>column</comment>
        <translation>说明</translation>
    </message>
    <message>
        <source>ENABLED</source>
        <comment>column</comment>
        <translation>启用</translation>
    </message>
    <message>
        <source>RECIPIENTS</source>
        <comment>column</comment>
        <translation>通知对象</translation>
    </message>
    <message>
        <source>MATCHING</source>
        <comment>column</comment>
        <translation>匹配规则</translation>
    </message>
    <message>
        <source>KEYWORDS</source>
        <comment>column</comment>
        <translation>关键词</translation>
    </message>
    <message>
        <source>SIGNING</source>
        <comment>column</comment>
        <translation>加签</translation>
    </message>
    <message>
        <source>IP RANGES</source>
        <comment>column</comment>
        <translation>IP地址（段）</translation>
    </message>
    <message>
        <source>ENDPOINT</source>
        <comment>column</comment>
        <translation>接口地址</translation>
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
        <translation>
全局选项：
  --db PATH    工作区文件（默认：$ALERTDESK_DB，未设置时为 %1）
  --json       list 和 show 以 JSON 格式输出
  --help       显示帮助；也可以放在任何命令之后：alertdeskctl robot add --help
  --version    显示版本号

退出状态：0 成功，1 用法或校验错误，2 工作区/存储错误，3 钥匙串错误；
send-test 另有：4 发送前被拒绝，5 钉钉返回错误，6 网络、HTTP 或超时失败。
</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>render needs --template FILE and --alerts PAYLOAD.json.</source>
        <translation>render 需要 --template FILE 和 --alerts PAYLOAD.json。</translation>
    </message>
    <message>
        <source>Unknown dialect &apos;%1&apos;: use alertmanager or dingtalk-bridge.</source>
        <translation>未知的方言“%1”：请使用 alertmanager 或 dingtalk-bridge。</translation>
    </message>
    <message>
        <source>--repeat needs a positive whole number.</source>
        <translation>--repeat 需要一个正整数。</translation>
    </message>
    <message>
        <source>The payload is not Alertmanager webhook JSON: %1</source>
        <translation>告警数据不是 Alertmanager webhook JSON：%1</translation>
    </message>
    <message>
        <source>Render an alert template with a webhook payload, exactly as Alertmanager or the DingTalk bridge would.</source>
        <translation>用 webhook 告警数据渲染告警模板，结果与 Alertmanager 或钉钉 webhook 桥接服务完全一致。</translation>
    </message>
    <message>
        <source>Go template file to render.</source>
        <translation>要渲染的 Go 模板文件。</translation>
    </message>
    <message>
        <source>Alertmanager webhook payload (JSON, version 4).</source>
        <translation>Alertmanager webhook 告警数据（JSON，版本 4）。</translation>
    </message>
    <message>
        <source>PAYLOAD.json</source>
        <translation>PAYLOAD.json</translation>
    </message>
    <message>
        <source>Run the template defined with this name instead.</source>
        <translation>改为执行以此名称定义（define）的模板。</translation>
    </message>
    <message>
        <source>Functions and data of: alertmanager (default) or dingtalk-bridge.</source>
        <translation>使用哪一方的函数和数据：alertmanager（默认）或 dingtalk-bridge。</translation>
    </message>
    <message>
        <source>Render N times and print the last result (benchmarks).</source>
        <translation>渲染 N 次并输出最后一次的结果（用于性能测试）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Summarise these sample alerts (Alertmanager&apos;s webhook JSON, or a list of alerts).</source>
        <translation>汇总这些示例告警（Alertmanager 的 webhook JSON，或告警列表）。</translation>
    </message>
    <message>
        <source>Send even when a check fails (a missing keyword, say).</source>
        <translation>即使检查未通过（例如缺少关键词）也发送。</translation>
    </message>
    <message>
        <source>Give up when DingTalk sends nothing for this long (10).</source>
        <translation>钉钉在这么长时间内没有任何回应时放弃（默认 10）。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>The policy @mentions its recipients, but none of its contacts has a mobile number; nobody will be mentioned.</source>
        <translation>该策略会 @提醒 其接收人，但其联系人都没有手机号；不会提醒任何人。</translation>
    </message>
    <message>
        <source>Unknown message type &quot;%1&quot;; use markdown, text or actionCard.</source>
        <translation>未知的消息类型“%1”；请使用 markdown、text 或 actionCard。</translation>
    </message>
    <message>
        <source>DingTalk cannot @mention anyone in an actionCard message; the mentions are left out.</source>
        <translation>钉钉的 actionCard 消息无法 @提醒 任何人；已省略提醒。</translation>
    </message>
    <message>
        <source>Could not read the alerts file &quot;%1&quot;: %2.</source>
        <translation>无法读取告警文件“%1”：%2。</translation>
    </message>
    <message>
        <source>The timeout must be a number of seconds between 0 and 600, e.g. 10 or 2.5.</source>
        <translation>超时时间必须是 0 到 600 之间的秒数，例如 10 或 2.5。</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>The keychain has no access token for robot &quot;%1&quot;. Paste the robot&apos;s webhook again: alertdeskctl robot edit &quot;%1&quot; --webhook-stdin.</source>
        <translation>钥匙串中没有机器人“%1”的 access token。请重新粘贴该机器人的 webhook：alertdeskctl robot edit &quot;%1&quot; --webhook-stdin。</translation>
    </message>
    <message>
        <source>Checks of the message to robot &quot;%1&quot;:</source>
        <translation>发送给机器人“%1”的消息的检查结果：</translation>
    </message>
    <message>
        <source>Request (dry run: nothing was sent):</source>
        <translation>请求（试运行：未发送任何内容）：</translation>
    </message>
    <message>
        <source>a real send would be refused: the checks above found errors; fix them, or pass --force to send anyway.</source>
        <translation>实际发送会被拒绝：上面的检查发现了错误；请修正，或加上 --force 强制发送。</translation>
    </message>
    <message>
        <source>nothing was sent: the checks above found errors; fix them, or pass --force to send anyway.</source>
        <translation>未发送任何内容：上面的检查发现了错误；请修正，或加上 --force 强制发送。</translation>
    </message>
    <message>
        <source>sending despite the errors above (--force).</source>
        <translation>尽管有上述错误仍然发送（--force）。</translation>
    </message>
    <message>
        <source>Delivered to robot &quot;%1&quot; in %2 ms.</source>
        <translation>已在 %2 毫秒内送达机器人“%1”。</translation>
    </message>
    <message>
        <source>detail: </source>
        <translation>详情：</translation>
    </message>
    <message>
        <source>Send a test alert to a robot: check it, then send it within DingTalk&apos;s 20 a minute (or print it with --dry-run).</source>
        <translation>向机器人发送测试告警：先检查，再在钉钉每分钟 20 条的限额内发送（或用 --dry-run 只打印）。</translation>
    </message>
    <message>
        <source>No proxy is set in this workspace: DingTalk is reached through the system&apos;s proxy configuration (http_proxy, https_proxy and no_proxy on Linux).</source>
        <translation>此工作区未设置代理：通过系统的代理配置访问钉钉（Linux 上为 http_proxy、https_proxy 和 no_proxy）。</translation>
    </message>
    <message>
        <source>direct: DingTalk is reached without any proxy.</source>
        <translation>direct：直接访问钉钉，不使用任何代理。</translation>
    </message>
    <message>
        <source>AlertDesk does not keep proxy passwords in the workspace file. Give the proxy without user and password, or use the system&apos;s proxy configuration (https_proxy).</source>
        <translation>AlertDesk 不会在工作区文件中保存代理密码。请填写不含用户名和密码的代理地址，或使用系统的代理配置（https_proxy）。</translation>
    </message>
    <message>
        <source>DingTalk is now reached through %1 from this workspace.</source>
        <translation>此工作区现在通过 %1 访问钉钉。</translation>
    </message>
    <message>
        <source>The workspace&apos;s proxy is cleared: the system&apos;s proxy configuration applies again.</source>
        <translation>已清除工作区的代理：重新使用系统的代理配置。</translation>
    </message>
    <message>
        <source>The proxy this workspace reaches DingTalk through (default: the system&apos;s proxy configuration).</source>
        <translation>此工作区访问钉钉所用的代理（默认：系统的代理配置）。</translation>
    </message>
    <message>
        <source>Show the workspace&apos;s proxy.</source>
        <translation>显示工作区的代理。</translation>
    </message>
    <message>
        <source>Set it: http://HOST:PORT, socks5://HOST:PORT, or direct (no proxy at all).</source>
        <translation>设置代理：http://HOST:PORT、socks5://HOST:PORT，或 direct（不使用任何代理）。</translation>
    </message>
    <message>
        <source>Go back to the system&apos;s proxy configuration.</source>
        <translation>恢复使用系统的代理配置。</translation>
    </message>
    <message>
        <source>--%1 needs a whole number.</source>
        <translation>--%1 需要一个整数。</translation>
    </message>
    <message>
        <source>Added demo data: %1 robots, %2 contacts, %3 contact groups, %4 notification policies.</source>
        <translation>已添加演示数据：%1 个机器人、%2 个联系人、%3 个联系人组、%4 条通知策略。</translation>
    </message>
    <message>
        <source>Demo robots have no webhook token: paste a real webhook URL (alertdeskctl robot edit NAME --webhook-stdin) before sending test alerts.</source>
        <translation>演示机器人没有 Webhook access token：发送测试告警前，请粘贴真实的 Webhook 地址（alertdeskctl robot edit NAME --webhook-stdin）。</translation>
    </message>
    <message>
        <source>Fill the workspace with realistic demo data (to explore AlertDesk, and for benchmarks).</source>
        <translation>用逼真的演示数据填充工作区（用于体验 AlertDesk 以及性能测试）。</translation>
    </message>
    <message>
        <source>Contacts to add (default %1, at most %2).</source>
        <translation>要添加的联系人数量（默认 %1，最多 %2）。</translation>
    </message>
    <message>
        <source>Robots to add (default %1, at most %2).</source>
        <translation>要添加的机器人数量（默认 %1，最多 %2）。</translation>
    </message>
    <message>
        <source>Notification policies to add (default %1, at most %2).</source>
        <translation>要添加的通知策略数量（默认 %1，最多 %2）。</translation>
    </message>
    <message>
        <source>--alertmanager-version: unknown version &apos;%1&apos;; use 0.25 (Debian 12) or 0.26 (0.26 and newer).</source>
        <translation>--alertmanager-version：未知版本“%1”；请使用 0.25（Debian 12）或 0.26（0.26 及更高版本）。</translation>
    </message>
    <message>
        <source>--secrets: unknown mode &apos;%1&apos;; use placeholders or inline.</source>
        <translation>--secrets：未知模式“%1”；请使用 placeholders 或 inline。</translation>
    </message>
    <message>
        <source>--only: unknown part &apos;%1&apos;; use alertmanager, bridge or bundle.</source>
        <translation>--only：未知部分“%1”；请使用 alertmanager、bridge 或 bundle。</translation>
    </message>
    <message>
        <source>--with-secrets: puts secrets into the bundle, which this export does not write; add --only bundle.</source>
        <translation>--with-secrets：会把密钥写入工作区包，但本次导出不写入工作区包；请加上 --only bundle。</translation>
    </message>
    <message>
        <source>--out: export needs the directory to write to (--out DIR).</source>
        <translation>--out：导出需要指定要写入的目录（--out DIR）。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n enabled policy(s) to %1:</source>
        <translation>
            <numerusform>已将 %n 条启用的通知策略导出到 %1：</numerusform>
        </translation>
    </message>
    <message>
        <source>  (holds secrets, mode 0600)</source>
        <translation>  （含密钥，权限 0600）</translation>
    </message>
    <message numerus="yes">
        <source>%n bridge target(s)</source>
        <translation>
            <numerusform>%n 个桥接目标</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n robot(s) reached</source>
        <translation>
            <numerusform>涉及 %n 个机器人</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the configuration for Alertmanager and the DingTalk webhook bridge, and the workspace bundle.</source>
        <translation>写入 Alertmanager 和钉钉 Webhook 桥接服务的配置，以及工作区包。</translation>
    </message>
    <message>
        <source>Directory to write the files to (created when missing).</source>
        <translation>写入文件的目录（不存在时自动创建）。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Alertmanager to write for: 0.25 (Debian 12, default) or 0.26 (0.26 and newer).</source>
        <translation>目标 Alertmanager 版本：0.25（Debian 12，默认）或 0.26（0.26 及更高版本）。</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>Where Alertmanager reaches the DingTalk bridge (default http://127.0.0.1:8060).</source>
        <translation>Alertmanager 访问钉钉 Webhook 桥接服务的地址（默认 http://127.0.0.1:8060）。</translation>
    </message>
    <message>
        <source>placeholders (default: ${ALERTDESK_&lt;ROBOT&gt;_TOKEN}, listed in secrets.env.example) or inline (the real tokens and secrets; files get mode 0600).</source>
        <translation>placeholders（默认：${ALERTDESK_&lt;ROBOT&gt;_TOKEN}，列在 secrets.env.example 中）或 inline（写入真实的 access token 和密钥；文件权限设为 0600）。</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>Write only this part: alertmanager, bridge or bundle (repeatable).</source>
        <translation>只写入这一部分：alertmanager、bridge 或 bundle（可重复指定）。</translation>
    </message>
    <message>
        <source>PART</source>
        <translation>PART</translation>
    </message>
    <message>
        <source>Put the robots&apos; tokens and signing secrets into the bundle (mode 0600).</source>
        <translation>将机器人的 access token 和加签密钥写入工作区包（权限 0600）。</translation>
    </message>
    <message>
        <source>Would import %1 robots, %2 contacts, %3 contact groups and %4 policies (dry run: nothing was written).</source>
        <translation>将导入 %1 个机器人、%2 个联系人、%3 个联系人组和 %4 条通知策略（试运行：未写入任何内容）。</translation>
    </message>
    <message>
        <source>Imported %1 robots, %2 contacts, %3 contact groups and %4 policies.</source>
        <translation>已导入 %1 个机器人、%2 个联系人、%3 个联系人组和 %4 条通知策略。</translation>
    </message>
    <message>
        <source>robot %1 (%2)</source>
        <translation>机器人 %1（%2）</translation>
    </message>
    <message>
        <source> - without its token: paste the webhook again</source>
        <translation> - 不含 access token：请重新粘贴 Webhook</translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation>联系人 %1</translation>
    </message>
    <message>
        <source>contact group %1</source>
        <translation>联系人组 %1</translation>
    </message>
    <message>
        <source>policy %1 (matching rules: %2)</source>
        <translation>通知策略 %1（匹配规则：%2 条）</translation>
    </message>
    <message>
        <source>Not imported, or changed on the way in:</source>
        <translation>未导入或导入时有改动的内容：</translation>
    </message>
    <message>
        <source>import needs either --alertmanager FILE (with --bridge-config FILE) or --bundle FILE.</source>
        <translation>import 需要 --alertmanager FILE（可搭配 --bridge-config FILE）或 --bundle FILE 二者之一。</translation>
    </message>
    <message>
        <source>--bridge-config goes with --alertmanager, not with --bundle.</source>
        <translation>--bridge-config 需与 --alertmanager 搭配使用，不能与 --bundle 一起使用。</translation>
    </message>
    <message>
        <source>Import an existing alertmanager.yml (+ the DingTalk bridge&apos;s config.yml) or an AlertDesk bundle.</source>
        <translation>导入现有的 alertmanager.yml（及钉钉 Webhook 桥接服务的 config.yml）或 AlertDesk 工作区包。</translation>
    </message>
    <message>
        <source>Alertmanager configuration to import (alertmanager.yml).</source>
        <translation>要导入的 Alertmanager 配置（alertmanager.yml）。</translation>
    </message>
    <message>
        <source>The DingTalk bridge&apos;s config.yml (prometheus-webhook-dingtalk): its targets become robots, their tokens and secrets go to the keychain.</source>
        <translation>钉钉 Webhook 桥接服务的 config.yml（prometheus-webhook-dingtalk）：其中的目标（targets）将成为机器人，它们的 access token 和加签密钥存入钥匙串。</translation>
    </message>
    <message>
        <source>An AlertDesk bundle (alertdesk-bundle.json) to restore.</source>
        <translation>要恢复的 AlertDesk 工作区包（alertdesk-bundle.json）。</translation>
    </message>
    <message>
        <source>Check everything and show what would be imported; write nothing.</source>
        <translation>检查所有内容并显示将要导入的内容；不写入任何内容。</translation>
    </message>
    <message>
        <source>Give imported records whose name is taken a &quot; (imported)&quot; suffix instead of stopping.</source>
        <translation>导入的记录如果名称已被占用，则在名称后加上“（已导入）”，而不是停止导入。</translation>
    </message>
    <message>
        <source>Accept DingTalk&apos;s Custom Robot Service Terms for the robots the import creates.</source>
        <translation>为导入所创建的机器人同意《钉钉自定义机器人服务及免责条款》。</translation>
    </message>
    <message>
        <source>error: %1 needs %2.</source>
        <translation>错误：%1 需要参数 %2。</translation>
    </message>
    <message>
        <source>Bridge check (templates loaded as prometheus-webhook-dingtalk v2.1.0 loads them, from %1; servers in %2):</source>
        <translation>桥接服务检查（按 prometheus-webhook-dingtalk v2.1.0 的方式从 %1 加载模板；服务器时区 %2）：</translation>
    </message>
    <message>
        <source>%1 (policy &quot;%2&quot;): title and text render on a firing and a resolved sample alert.</source>
        <translation>%1（通知策略“%2”）：标题和正文在一条告警中和一条已恢复的示例告警上均可渲染。</translation>
    </message>
    <message>
        <source>Where the dingtalk/ folder is installed on the server; config.yml names its templates by absolute path from there (default /etc/prometheus-webhook-dingtalk).</source>
        <translation>dingtalk/ 目录在服务器上的安装位置；config.yml 以此为起点用绝对路径指定模板（默认 /etc/prometheus-webhook-dingtalk）。</translation>
    </message>
    <message>
        <source>Added robot &quot;%1&quot;; its access token and signing secret are in the system keychain.</source>
        <translation>已添加机器人“%1”；其 access token 和加签密钥已保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>Added robot &quot;%1&quot;; its access token is in the system keychain.</source>
        <translation>已添加机器人“%1”；其 access token 已保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>The robot to send to (with --policy: default, every robot the policy reaches).</source>
        <translation>要发送到的机器人（使用 --policy 时默认发送到该策略触达的每个机器人）。</translation>
    </message>
    <message>
        <source>Send what the DingTalk bridge sends for this policy: its templates, its @mentions, the bridge&apos;s markdown body.</source>
        <translation>发送钉钉桥接服务为该策略发送的内容：策略的模板、@提醒，以及桥接服务的 markdown 请求体。</translation>
    </message>
    <message>
        <source>DingTalk message type of a robot&apos;s test: markdown (default), text, actionCard.</source>
        <translation>机器人测试消息的钉钉消息类型：markdown（默认）、text、actionCard。</translation>
    </message>
    <message>
        <source>Render as servers in this zone render (default: the workspace&apos;s servers-time-zone).</source>
        <translation>按此时区中的服务器的方式渲染（默认：工作区的 servers-time-zone）。</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>ZONE</translation>
    </message>
    <message>
        <source>Print the checks and the request (token and signature redacted); send nothing. Works without a keychain.</source>
        <translation>打印检查结果和请求（隐去 token 和签名）；不发送任何内容。无需钥匙串。</translation>
    </message>
    <message>
        <source>The DingTalk bridge sends every policy&apos;s messages as markdown, so a policy&apos;s test is markdown too; --msgtype is for a robot&apos;s own test (without --policy).</source>
        <translation>钉钉桥接服务总是以 markdown 发送通知策略的消息，因此策略的测试消息也是 markdown；--msgtype 仅用于机器人自身的测试（不带 --policy）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this system knows; give an IANA name such as Asia/Shanghai or UTC.</source>
        <translation>本系统不认识时区“%1”；请填写 IANA 时区名，例如 Asia/Shanghai 或 UTC。</translation>
    </message>
    <message>
        <source>Policy &quot;%1&quot; reaches no enabled robot (or is disabled), so its servers send nothing; add a robot, or a contact with a DingTalk chatbot, to its recipients, or name one with --robot.</source>
        <translation>通知策略“%1”没有触达任何已启用的机器人（或该策略已停用），服务器不会发送任何消息；请在通知对象中添加机器人或带有钉钉机器人的联系人，或用 --robot 指定一个机器人。</translation>
    </message>
    <message>
        <source>The keychain could not be read (%1); the dry run goes on without the robot&apos;s secrets, so whether its signing secret is stored is not checked.</source>
        <translation>无法读取钥匙串（%1）；试运行将在没有机器人密钥的情况下继续，因此不检查是否已保存加签密钥。</translation>
    </message>
    <message>
        <source>Rendered as the DingTalk bridge renders it, with servers in %1.</source>
        <translation>按钉钉桥接服务的方式渲染，服务器时区为 %1。</translation>
    </message>
    <message>
        <source>send-test needs --robot NAME, --policy NAME, or both.</source>
        <translation>send-test 需要 --robot NAME、--policy NAME，或两者都提供。</translation>
    </message>
    <message>
        <source>There is no setting &quot;%1&quot;. The settings are: %2 (the proxy has its own command: alertdeskctl proxy).</source>
        <translation>没有名为“%1”的设置。可用的设置：%2（代理有单独的命令：alertdeskctl proxy）。</translation>
    </message>
    <message>
        <source>(not set: this machine&apos;s own zone)</source>
        <translation>（未设置：使用本机时区）</translation>
    </message>
    <message>
        <source>Previews now render as servers in %1 render them.</source>
        <translation>预览现在按位于 %1 时区的服务器的方式渲染。</translation>
    </message>
    <message>
        <source>Previews now render in this machine&apos;s own zone, %1.</source>
        <translation>预览现在按本机时区 %1 渲染。</translation>
    </message>
    <message>
        <source>Workspace settings: servers-time-zone, the zone your Alertmanager and DingTalk bridge run in.</source>
        <translation>工作区设置：servers-time-zone，即 Alertmanager 和钉钉桥接服务所在的时区。</translation>
    </message>
    <message>
        <source>Show the settings.</source>
        <translation>显示设置。</translation>
    </message>
    <message>
        <source>Set one: settings set servers-time-zone Asia/Shanghai.</source>
        <translation>修改一项设置：settings set servers-time-zone Asia/Shanghai。</translation>
    </message>
    <message>
        <source>Go back to the default (servers-time-zone: this machine&apos;s zone).</source>
        <translation>恢复默认值（servers-time-zone：本机时区）。</translation>
    </message>
</context>
<context>
    <name>alertdesk::ConnectPolicyWizard</name>
    <message>
        <source>Connect to a Notification Policy</source>
        <translation>关联通知策略</translation>
    </message>
    <message>
        <source>contact group &quot;%1&quot;</source>
        <translation>联系人组“%1”</translation>
    </message>
    <message>
        <source>contact &quot;%1&quot;</source>
        <translation>联系人“%1”</translation>
    </message>
    <message>
        <source>Keep What Was Saved?</source>
        <translation>保留已保存的内容？</translation>
    </message>
    <message>
        <source>These steps are already saved in the workspace:</source>
        <translation>以下步骤已保存在工作区中：</translation>
    </message>
    <message>
        <source>Each is complete on its own. Keep them, or remove them again?</source>
        <translation>每一步本身都是完整的。要保留它们，还是将其删除？</translation>
    </message>
    <message>
        <source>&amp;Keep Them</source>
        <translation>保留(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Remove Them</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Back to the &amp;Wizard</source>
        <translation>返回向导(&amp;W)</translation>
    </message>
    <message>
        <source>Not Everything Was Removed</source>
        <translation>未能全部删除</translation>
    </message>
</context>
<context>
    <name>alertdesk::ContactEditor</name>
    <message>
        <source>Add Contact</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <source>Edit Contact</source>
        <translation>编辑联系人</translation>
    </message>
    <message>
        <source>Saved contact “%1”.</source>
        <translation>已保存联系人“%1”。</translation>
    </message>
</context>
<context>
    <name>alertdesk::ContactForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Zhang San</source>
        <translation>张三</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>&amp;Mobile phone:</source>
        <translation>手机号(&amp;M)：</translation>
    </message>
    <message>
        <source>+86-13800138000</source>
        <translation>+86-13800138000</translation>
    </message>
    <message>
        <source>Digits, with an optional +CC- country prefix. Used to @mention the contact in DingTalk.</source>
        <translation>数字，可带 +国家码- 前缀。用于在钉钉中 @提醒 该联系人。</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>zhang@example.com</source>
        <translation>zhang@example.com</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>DingTalk &amp;user id:</source>
        <translation>钉钉用户 ID(&amp;U)：</translation>
    </message>
    <message>
        <source>Used to @mention the contact by user id (atUserIds).</source>
        <translation>用于按用户 ID @提醒 该联系人（atUserIds）。</translation>
    </message>
    <message>
        <source>DingTalk user id</source>
        <translation>钉钉用户 ID</translation>
    </message>
    <message>
        <source>DingTalk &amp;chatbot:</source>
        <translation>钉钉机器人(&amp;C)：</translation>
    </message>
    <message>
        <source>The robot that posts this contact&apos;s alerts to a DingTalk group.</source>
        <translation>将该联系人的告警发送到钉钉群的机器人。</translation>
    </message>
    <message>
        <source>DingTalk chatbot</source>
        <translation>钉钉机器人</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>联系人组(&amp;G)：</translation>
    </message>
    <message>
        <source>Groups the contact is in</source>
        <translation>该联系人所属的联系人组</translation>
    </message>
    <message>
        <source>Tick the contact groups this contact belongs to.</source>
        <translation>勾选该联系人所属的联系人组。</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>(deleted robot)</source>
        <translation>（已删除的机器人）</translation>
    </message>
    <message>
        <source>A contact named “%1” already exists; pick another name.</source>
        <translation>名为“%1”的联系人已存在；请换一个名称。</translation>
    </message>
</context>
<context>
    <name>alertdesk::ContactGroupEditor</name>
    <message>
        <source>Add Contact Group</source>
        <translation>添加联系人组</translation>
    </message>
    <message>
        <source>Edit Contact Group</source>
        <translation>编辑联系人组</translation>
    </message>
    <message>
        <source>Saved contact group “%1”.</source>
        <translation>已保存联系人组“%1”。</translation>
    </message>
</context>
<context>
    <name>alertdesk::ContactGroupForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>On-call database team</source>
        <translation>数据库值班组</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>&amp;Find contact:</source>
        <translation>查找联系人(&amp;F)：</translation>
    </message>
    <message>
        <source>Filter contacts by name, phone or email</source>
        <translation>按名称、手机号或电子邮件筛选联系人</translation>
    </message>
    <message>
        <source>Filter contacts</source>
        <translation>筛选联系人</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>成员(&amp;M)：</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Tick the contacts that belong to this group.</source>
        <translation>勾选属于该组的联系人。</translation>
    </message>
    <message>
        <source>Number of members</source>
        <translation>成员数</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) ticked</source>
        <translation>
            <numerusform>已勾选 %n 个成员</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no contacts yet; add contacts first, or save the group empty.</source>
        <translation>还没有联系人；请先添加联系人，或保存一个空组。</translation>
    </message>
    <message>
        <source>A contact group named “%1” already exists; pick another name.</source>
        <translation>名为“%1”的联系人组已存在；请换一个名称。</translation>
    </message>
</context>
<context>
    <name>alertdesk::ContactGroupRepository</name>
    <message>
        <source>read the contact groups</source>
        <translation>读取联系人组</translation>
    </message>
    <message>
        <source>read the contact group</source>
        <translation>读取该联系人组</translation>
    </message>
    <message>
        <source>There is no contact group with id %1; it may have been deleted.</source>
        <translation>不存在 id 为 %1 的联系人组；它可能已被删除。</translation>
    </message>
    <message>
        <source>There is no contact group named &quot;%1&quot;.</source>
        <translation>不存在名为“%1”的联系人组。</translation>
    </message>
    <message>
        <source>A contact group named &quot;%1&quot; already exists; pick another name.</source>
        <translation>名为“%1”的联系人组已存在；请换一个名称。</translation>
    </message>
    <message>
        <source>save contact group &quot;%1&quot;</source>
        <translation>保存联系人组“%1”</translation>
    </message>
    <message>
        <source>A contact group with id %1 already exists; add it without an id.</source>
        <translation>id 为 %1 的联系人组已存在；请不带 id 添加。</translation>
    </message>
    <message>
        <source>Group &quot;%1&quot; lists a contact that does not exist (id %2); it may have been deleted. Remove it from the members.</source>
        <translation>联系人组“%1”中有一个不存在的联系人（id %2）；它可能已被删除。请将其从成员中移除。</translation>
    </message>
    <message>
        <source>delete the contact group</source>
        <translation>删除该联系人组</translation>
    </message>
    <message>
        <source>There is no contact group with id %1; it may have been deleted already.</source>
        <translation>不存在 id 为 %1 的联系人组；它可能已经被删除。</translation>
    </message>
    <message>
        <source>find where the contact group is used</source>
        <translation>查找该联系人组的使用位置</translation>
    </message>
</context>
<context>
    <name>alertdesk::ContactRepository</name>
    <message>
        <source>read the contacts</source>
        <translation>读取联系人</translation>
    </message>
    <message>
        <source>read the contact</source>
        <translation>读取该联系人</translation>
    </message>
    <message>
        <source>There is no contact with id %1; it may have been deleted.</source>
        <translation>不存在 id 为 %1 的联系人；它可能已被删除。</translation>
    </message>
    <message>
        <source>There is no contact named &quot;%1&quot;.</source>
        <translation>不存在名为“%1”的联系人。</translation>
    </message>
    <message>
        <source>A contact named &quot;%1&quot; already exists; pick another name.</source>
        <translation>名为“%1”的联系人已存在；请换一个名称。</translation>
    </message>
    <message>
        <source>save contact &quot;%1&quot;</source>
        <translation>保存联系人“%1”</translation>
    </message>
    <message>
        <source>A contact with id %1 already exists; add it without an id.</source>
        <translation>id 为 %1 的联系人已存在；请不带 id 添加。</translation>
    </message>
    <message>
        <source>The DingTalk chatbot of contact &quot;%1&quot; is a robot that does not exist (id %2); it may have been deleted. Pick another robot or none.</source>
        <translation>联系人“%1”的钉钉机器人不存在（id %2）；它可能已被删除。请另选一个机器人，或不选择机器人。</translation>
    </message>
    <message>
        <source>delete the contact</source>
        <translation>删除该联系人</translation>
    </message>
    <message>
        <source>There is no contact with id %1; it may have been deleted already.</source>
        <translation>不存在 id 为 %1 的联系人；它可能已经被删除。</translation>
    </message>
    <message>
        <source>find where the contact is used</source>
        <translation>查找该联系人的使用位置</translation>
    </message>
</context>
<context>
    <name>alertdesk::ContactStepPage</name>
    <message>
        <source>&amp;Pick an existing contact:</source>
        <translation>选择现有联系人(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Create a contact</source>
        <translation>新建联系人(&amp;C)</translation>
    </message>
    <message>
        <source>Add this &amp;robot…</source>
        <translation>添加此机器人(&amp;R)…</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Who the alerts are for, and the DingTalk chatbot (robot) that reaches them.</source>
        <translation>告警通知给谁，以及用于通知他们的钉钉机器人。</translation>
    </message>
    <message>
        <source>Existing contact</source>
        <translation>现有联系人</translation>
    </message>
    <message>
        <source>Add a robot from the pasted webhook URL</source>
        <translation>根据粘贴的 Webhook 地址添加机器人</translation>
    </message>
    <message>
        <source>DingTalk chatbot from a webhook URL</source>
        <translation>来自 Webhook 地址的钉钉机器人</translation>
    </message>
    <message>
        <source>Or paste the webhook URL DingTalk shows: a robot already in AlertDesk is linked, a new one can be added here. Either becomes this contact&apos;s chatbot.</source>
        <translation>也可以粘贴钉钉显示的 Webhook 地址：已在 AlertDesk 中的机器人会被直接关联，新机器人可在此添加。两种方式都会使其成为该联系人的钉钉机器人。</translation>
    </message>
    <message>
        <source>This webhook belongs to robot &quot;%1&quot;, already in AlertDesk: it is now the contact&apos;s chatbot.</source>
        <translation>该 Webhook 属于 AlertDesk 中已有的机器人“%1”：它现已成为该联系人的钉钉机器人。</translation>
    </message>
    <message>
        <source>Added robot &quot;%1&quot;: it is now the contact&apos;s chatbot.</source>
        <translation>已添加机器人“%1”：它现已成为该联系人的钉钉机器人。</translation>
    </message>
</context>
<context>
    <name>alertdesk::ContactTableModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>DingTalk chatbot</source>
        <translation>钉钉机器人</translation>
    </message>
    <message>
        <source>Contact groups</source>
        <translation>联系人组</translation>
    </message>
    <message>
        <source>DingTalk user ID</source>
        <translation>钉钉用户 ID</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最后修改时间</translation>
    </message>
</context>
<context>
    <name>alertdesk::Database</name>
    <message>
        <source>No workspace file was given; name a file to open.</source>
        <translation>没有指定工作区文件；请指定要打开的文件。</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is not installed, so no workspace can be opened; install the package that provides it (libqt6sql6-sqlite on Debian).</source>
        <translation>未安装 Qt 的 SQLite 驱动，因此无法打开任何工作区；请安装提供该驱动的软件包（Debian 上为 libqt6sql6-sqlite）。</translation>
    </message>
    <message>
        <source>Could not open the workspace &quot;%1&quot;: %2. Check the file and its folder.</source>
        <translation>无法打开工作区“%1”：%2。请检查该文件及其所在文件夹。</translation>
    </message>
    <message>
        <source>set the busy timeout</source>
        <translation>设置忙等待超时</translation>
    </message>
    <message>
        <source>prepare the upgrade</source>
        <translation>准备升级</translation>
    </message>
    <message>
        <source>turn on foreign keys</source>
        <translation>启用外键约束</translation>
    </message>
    <message>
        <source>switch the workspace to write-ahead logging</source>
        <translation>将工作区切换为预写日志（WAL）模式</translation>
    </message>
    <message>
        <source>Could not switch &quot;%1&quot; to write-ahead logging (SQLite kept journal mode &quot;%2&quot;); move the workspace to a local disk.</source>
        <translation>无法将“%1”切换为预写日志（WAL）模式（SQLite 仍保持日志模式 &quot;%2&quot;）；请将工作区移到本地磁盘。</translation>
    </message>
    <message>
        <source>prepare the workspace for its backup</source>
        <translation>为备份准备工作区</translation>
    </message>
    <message>
        <source>Could not back up &quot;%1&quot; before upgrading it, because another program is using it; nothing was changed. Close the other program (or AlertDesk window) and open it again.</source>
        <translation>升级前无法备份“%1”，因为另一个程序正在使用它；未做任何更改。请关闭该程序（或另一个 AlertDesk 窗口）后重新打开。</translation>
    </message>
    <message>
        <source>Could not back up &quot;%1&quot; to &quot;%2&quot; before upgrading it (%3); nothing was changed. Free some disk space or make the folder writable, then open the workspace again.</source>
        <translation>升级前无法将“%1”备份到“%2”（%3）；未做任何更改。请释放一些磁盘空间或让该文件夹可写，然后重新打开工作区。</translation>
    </message>
    <message>
        <source>rows of %1 point at rows that do not exist</source>
        <translation>%1 中有记录指向不存在的记录</translation>
    </message>
    <message>
        <source>Could not create the workspace &quot;%1&quot;: %2. Check the file and its folder, or choose another location.</source>
        <translation>无法创建工作区“%1”：%2。请检查该文件及其所在文件夹，或选择其他位置。</translation>
    </message>
    <message>
        <source>Could not upgrade the workspace &quot;%1&quot; from schema v%2 to v%3: %4. The upgrade was rolled back, so the file is as it was; a copy of it is also at &quot;%5&quot;. Please report this problem.</source>
        <translation>无法将工作区“%1”从 schema v%2 升级到 v%3：%4。升级已回滚，文件保持原样；另有一份副本位于“%5”。请报告此问题。</translation>
    </message>
    <message>
        <source>Could not start a transaction: %1. Try again.</source>
        <translation>无法开始事务：%1。请重试。</translation>
    </message>
    <message>
        <source>start a savepoint</source>
        <translation>创建保存点</translation>
    </message>
    <message>
        <source>roll back</source>
        <translation>回滚</translation>
    </message>
    <message>
        <source>save the changes</source>
        <translation>保存更改</translation>
    </message>
    <message>
        <source>Could not save the changes: %1. Nothing was saved; try again.</source>
        <translation>无法保存更改：%1。未保存任何内容；请重试。</translation>
    </message>
    <message>
        <source>Could not %1: %2.</source>
        <translation>无法%1：%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged (SQLite reports: %2); nothing was changed. Restore a backup (for example a .bak-v file next to it) or open another file.</source>
        <translation>“%1”已损坏（SQLite 报告：%2）；未做任何更改。请恢复备份（例如同一目录下的 .bak-v 文件），或打开其他文件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was written by a newer AlertDesk (schema v%2, this build knows up to v%3); nothing was changed. Update AlertDesk to open it.</source>
        <translation>“%1”由更新版本的 AlertDesk 写入（schema v%2，当前版本最高支持 v%3）；未做任何更改。请升级 AlertDesk 后再打开。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a SQLite database of another program, not an AlertDesk workspace; nothing was changed. Open another file or restore a backup.</source>
        <translation>“%1”是其他程序的 SQLite 数据库，不是 AlertDesk 工作区；未做任何更改。请打开其他文件或恢复备份。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a workspace file; choose a file.</source>
        <translation>“%1”是文件夹，不是工作区文件；请选择一个文件。</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist and could not be created; create it or choose another location for the workspace.</source>
        <translation>文件夹“%1”不存在，且无法创建；请手动创建它，或为工作区选择其他位置。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be read (%2); nothing was changed. Check that you may read it.</source>
        <translation>无法读取“%1”（%2）；未做任何更改。请检查你是否有读取权限。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an AlertDesk workspace (not a SQLite database); nothing was changed. Open another file or restore a backup.</source>
        <translation>“%1”不是 AlertDesk 工作区（不是 SQLite 数据库）；未做任何更改。请打开其他文件或恢复备份。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is read-only (marked so, or not yours to change), so AlertDesk could not save changes to it; nothing was changed. Make the file writable, or open a copy of it.</source>
        <translation>“%1”是只读的（被标记为只读，或你没有修改权限），因此 AlertDesk 无法保存更改；未做任何更改。请让该文件可写，或打开它的副本。</translation>
    </message>
    <message>
        <source>Could not %1: another program is changing the workspace right now (SQLite reports: database is locked). Close the other program or AlertDesk window using it, or wait until it is done, then try again.</source>
        <translation>无法%1：另一个程序正在修改该工作区（SQLite 报告：database is locked）。请关闭正在使用它的其他程序或 AlertDesk 窗口，或等待其完成，然后重试。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is being changed by another program right now (SQLite reports: database is locked), so nothing was changed. Close the other program or AlertDesk window using it, or wait until it is done, then try again.</source>
        <translation>“%1”正被另一个程序修改（SQLite 报告：database is locked），因此未做任何更改。请关闭正在使用它的其他程序或 AlertDesk 窗口，或等待其完成，然后重试。</translation>
    </message>
    <message>
        <source>Could not %1: the workspace file is damaged (SQLite reports: %2). Restore a backup (for example a .bak-v file next to it) or open another workspace.</source>
        <translation>无法%1：工作区文件已损坏（SQLite 报告：%2）。请恢复备份（例如同一目录下的 .bak-v 文件），或打开其他工作区。</translation>
    </message>
</context>
<context>
    <name>alertdesk::DeleteConfirmation</name>
    <message>
        <source>Delete robot “%1”?</source>
        <translation>删除机器人“%1”？</translation>
    </message>
    <message>
        <source>Delete contact “%1”?</source>
        <translation>删除联系人“%1”？</translation>
    </message>
    <message>
        <source>Delete contact group “%1”?</source>
        <translation>删除联系人组“%1”？</translation>
    </message>
    <message>
        <source>Delete notification policy “%1”?</source>
        <translation>删除通知策略“%1”？</translation>
    </message>
    <message>
        <source>Its access token and signing secret are deleted from the keychain. The robot itself stays in the DingTalk group until you remove it there.</source>
        <translation>其 access token 和加签密钥将从钥匙串中删除。机器人本身仍会留在钉钉群中，直到你在群中将其移除。</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) lose their DingTalk chatbot.</source>
        <translation>
            <numerusform>%n 个联系人将失去其钉钉机器人。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The contact is taken out of %n group(s).</source>
        <translation>
            <numerusform>该联系人将被移出 %n 个联系人组。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n policy(s) lose it as a recipient; a policy left without recipients reaches nobody until you add one.</source>
        <translation>
            <numerusform>%n 条通知策略将不再以它为通知对象；没有通知对象的通知策略在你添加通知对象之前不会通知任何人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Its members stay in the workspace as contacts.</source>
        <translation>其成员仍作为联系人保留在工作区中。</translation>
    </message>
    <message>
        <source>Its matching rules and message templates are deleted with it.</source>
        <translation>其匹配规则和消息模板将一并删除。</translation>
    </message>
    <message>
        <source>Nothing else in the workspace uses it.</source>
        <translation>工作区中没有其他内容使用它。</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Where it is used</source>
        <translation>使用位置</translation>
    </message>
    <message>
        <source>Contacts using it as their DingTalk chatbot</source>
        <translation>将它用作钉钉机器人的联系人</translation>
    </message>
    <message>
        <source>Contact groups it is a member of</source>
        <translation>它所属的联系人组</translation>
    </message>
    <message>
        <source>Notification policies sending to it</source>
        <translation>发送给它的通知策略</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Deleted robot “%1” and its keychain entries.</source>
        <translation>已删除机器人“%1”及其钥匙串条目。</translation>
    </message>
    <message>
        <source>Deleted contact “%1”.</source>
        <translation>已删除联系人“%1”。</translation>
    </message>
    <message>
        <source>Deleted contact group “%1”.</source>
        <translation>已删除联系人组“%1”。</translation>
    </message>
    <message>
        <source>Deleted notification policy “%1”.</source>
        <translation>已删除通知策略“%1”。</translation>
    </message>
</context>
<context>
    <name>alertdesk::DemoData</name>
    <message>
        <source>Demo robot: paste its webhook URL to send test alerts.</source>
        <translation>演示机器人：请粘贴其 Webhook 地址后再发送测试告警。</translation>
    </message>
    <message>
        <source>%1 on-call</source>
        <translation>%1 值班组</translation>
    </message>
    <message>
        <source>Who is paged for %1 alerts.</source>
        <translation>负责处理 %1 告警的值班人员。</translation>
    </message>
    <message>
        <source>Demo policy for %1.</source>
        <translation>%1 的演示通知策略。</translation>
    </message>
    <message>
        <source>The number of demo robots must be between 0 and %1.</source>
        <translation>演示机器人数量必须在 0 到 %1 之间。</translation>
    </message>
    <message>
        <source>The number of demo contacts must be between 0 and %1.</source>
        <translation>演示联系人数量必须在 0 到 %1 之间。</translation>
    </message>
    <message>
        <source>The number of demo policies must be between 0 and %1.</source>
        <translation>演示通知策略数量必须在 0 到 %1 之间。</translation>
    </message>
</context>
<context>
    <name>alertdesk::DingTalkClient</name>
    <message>
        <source>The proxy setting is not understood. Write it as http://host:port or socks5://host:port, &quot;direct&quot; for no proxy, or leave it empty to use the system&apos;s proxy.</source>
        <translation>无法识别代理设置。请写成 http://主机:端口 或 socks5://主机:端口；不使用代理请写 &quot;direct&quot;；留空则使用系统代理。</translation>
    </message>
</context>
<context>
    <name>alertdesk::DingTalkErrors</name>
    <message>
        <source>DingTalk refused the message because it contains none of the robot&apos;s custom keywords (keywords not in content). Put one of the keywords, with the same upper and lower case, into the message text, or check the keywords set on the robot in DingTalk.</source>
        <translation>钉钉拒绝了这条消息，因为消息中不含机器人的任何自定义关键词（keywords not in content）。请在消息文本中加入其中一个关键词（大小写须完全一致），或到钉钉中核对机器人设置的关键词。</translation>
    </message>
    <message numerus="yes">
        <source>DingTalk refused the signed message because its timestamp is more than an hour away from DingTalk&apos;s time (invalid timestamp). This computer&apos;s clock is about %n minute(s) off: set the clock right (turn on automatic time synchronisation) and send again.</source>
        <translation>
            <numerusform>钉钉拒绝了这条加签消息，因为其时间戳与钉钉服务器时间相差超过一小时（invalid timestamp）。本机时钟大约偏差 %n 分钟：请校正时钟（开启自动对时）后重新发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>DingTalk refused the signed message because its timestamp is more than an hour away from DingTalk&apos;s time (invalid timestamp). Check that this computer&apos;s clock, date and time zone are right (turn on automatic time synchronisation) and send again.</source>
        <translation>钉钉拒绝了这条加签消息，因为其时间戳与钉钉服务器时间相差超过一小时（invalid timestamp）。请检查本机的时钟、日期和时区是否正确（开启自动对时）后重新发送。</translation>
    </message>
    <message>
        <source>DingTalk refused the message because its signature does not match (sign not match). The signing secret stored for this robot is not the one DingTalk shows under Security Settings &gt; Additional Signature: copy the secret (it starts with SEC) again and save it on the robot.</source>
        <translation>钉钉拒绝了这条消息，因为签名不匹配（sign not match）。为该机器人保存的加签密钥与钉钉“安全设置 &gt; 加签”中显示的不一致：请重新复制密钥（以 SEC 开头）并保存到机器人。</translation>
    </message>
    <message>
        <source>DingTalk refused the message because it came from an IP address that is not in the robot&apos;s IP address list (%1). Add this computer&apos;s public IPv4 address (or its range) to the robot&apos;s security settings in DingTalk, or send from an allowed machine.</source>
        <translation>钉钉拒绝了这条消息，因为发送方的 IP 地址不在机器人的 IP 地址列表中（%1）。请在钉钉中将本机的公网 IPv4 地址（或其所在网段）加入机器人的安全设置，或从允许的机器发送。</translation>
    </message>
    <message>
        <source>DingTalk refused the message in its security check (%1). Compare the robot&apos;s keywords, signing secret and IP addresses with its security settings in DingTalk.</source>
        <translation>钉钉的安全校验拒绝了这条消息（%1）。请将机器人的关键词、加签密钥和 IP 地址与钉钉中的安全设置逐一核对。</translation>
    </message>
    <message>
        <source>DingTalk accepted the message; it should show in the group now.</source>
        <translation>钉钉已接收这条消息，现在应已显示在群中。</translation>
    </message>
    <message>
        <source>DingTalk does not know this robot&apos;s access token (errcode %1): the robot was removed from the group, the token was mistyped, or it belongs to an external group. Copy the webhook URL again from the robot&apos;s settings in DingTalk and paste it into the robot.</source>
        <translation>钉钉不认识该机器人的 access token（错误码 %1）：机器人可能已从群中移除、token 输入有误，或属于外部群。请从钉钉的机器人设置中重新复制 Webhook 地址并粘贴到机器人。</translation>
    </message>
    <message>
        <source>The robot is disabled in DingTalk. A group administrator can turn it back on in the group&apos;s robot settings.</source>
        <translation>该机器人已在钉钉中停用。群管理员可在群的机器人设置中重新启用。</translation>
    </message>
    <message>
        <source>DingTalk does not support this message type. Choose markdown, text or actionCard for the message.</source>
        <translation>钉钉不支持这种消息类型。请为消息选择 markdown、text 或 actionCard。</translation>
    </message>
    <message>
        <source>The robot is no longer in the group. Add a custom robot to the group again and paste its new webhook URL into the robot.</source>
        <translation>该机器人已不在群中。请重新在群中添加自定义机器人，并将新的 Webhook 地址粘贴到机器人。</translation>
    </message>
    <message>
        <source>The DingTalk group this robot posted to has been dissolved. Create a robot in a group that exists and paste its webhook URL into the robot.</source>
        <translation>该机器人所在的钉钉群已解散。请在现有的群中创建机器人，并将其 Webhook 地址粘贴到机器人。</translation>
    </message>
    <message>
        <source>DingTalk is throttling this robot: it sent more than 20 messages in a minute, so DingTalk drops its messages for the next 10 minutes. Wait 10 minutes before sending again, and group alerts so fewer messages go out.</source>
        <translation>钉钉正在限流该机器人：它在一分钟内发送了超过 20 条消息，钉钉将在接下来的 10 分钟内丢弃它的消息。请等待 10 分钟后再发送，并对告警进行分组以减少消息数量。</translation>
    </message>
    <message>
        <source>The message is longer than DingTalk&apos;s limit of 20000 bytes. Shorten the template (fewer alerts per message, shorter labels or annotations).</source>
        <translation>消息超过了钉钉 20000 字节的上限。请精简模板（每条消息包含更少的告警，或缩短标签和注释）。</translation>
    </message>
    <message>
        <source>DingTalk blocked the message because it contains a link it considers unsafe. Remove or replace the link and send again.</source>
        <translation>钉钉拦截了这条消息，因为其中包含被认为不安全的链接。请删除或替换该链接后重新发送。</translation>
    </message>
    <message>
        <source>DingTalk blocked the message because of its text content. Reword the message and send again.</source>
        <translation>钉钉因文本内容拦截了这条消息。请修改措辞后重新发送。</translation>
    </message>
    <message>
        <source>DingTalk blocked the message because of an image it contains. Remove or replace the image and send again.</source>
        <translation>钉钉因消息中的图片拦截了这条消息。请删除或替换该图片后重新发送。</translation>
    </message>
    <message>
        <source>DingTalk blocked the message content as unsafe. Review the text, links and images of the message and send again.</source>
        <translation>钉钉认为消息内容不安全并将其拦截。请检查消息中的文本、链接和图片后重新发送。</translation>
    </message>
    <message>
        <source>DingTalk could not read the request (errcode %1: %2). This is a bug in AlertDesk, not in your setup: please report it with this message.</source>
        <translation>钉钉无法读取该请求（错误码 %1：%2）。这是 AlertDesk 的缺陷，而不是您的配置问题：请附上此消息报告该问题。</translation>
    </message>
    <message>
        <source>DingTalk is busy or had an internal error (errcode %1). Nothing is wrong with the robot: try again in a minute.</source>
        <translation>钉钉繁忙或发生内部错误（错误码 %1）。机器人本身没有问题：请一分钟后重试。</translation>
    </message>
    <message>
        <source>DingTalk refused the message with errcode %1: &quot;%2&quot;. Look this code up in DingTalk&apos;s custom robot documentation.</source>
        <translation>钉钉以错误码 %1 拒绝了这条消息：“%2”。请在钉钉自定义机器人文档中查阅该错误码。</translation>
    </message>
</context>
<context>
    <name>alertdesk::DomainJson</name>
    <message>
        <source>%1 must be %2.</source>
        <translation>%1 必须为%2。</translation>
    </message>
    <message>
        <source>%1 is missing; it must be %2.</source>
        <translation>缺少 %1；它必须为%2。</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>布尔值（true 或 false）</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>字符串列表</translation>
    </message>
    <message>
        <source>an ISO 8601 time such as %1</source>
        <translation>符合 ISO 8601 格式的时间，例如 %1</translation>
    </message>
    <message>
        <source>a duration such as 30s, 5m or 4h</source>
        <translation>时长，例如 30s、5m 或 4h</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation>%1 必须为对象。</translation>
    </message>
    <message>
        <source>a list of mon, tue, wed, thu, fri, sat and sun</source>
        <translation>由 mon、tue、wed、thu、fri、sat 和 sun 组成的列表</translation>
    </message>
    <message>
        <source>a time such as 09:00</source>
        <translation>时间，例如 09:00</translation>
    </message>
    <message>
        <source>a URL</source>
        <translation>网址（URL）</translation>
    </message>
    <message>
        <source>an object or null</source>
        <translation>对象或 null</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
</context>
<context>
    <name>alertdesk::DuplicateName</name>
    <message>
        <source> (copy)</source>
        <translation>（副本）</translation>
    </message>
    <message>
        <source> (copy %1)</source>
        <translation>（副本 %1）</translation>
    </message>
</context>
<context>
    <name>alertdesk::DurationField</name>
    <message>
        <source>e.g. 30s, 5m, 4h, 1h30m</source>
        <translation>例如 30s、5m、4h、1h30m</translation>
    </message>
    <message>
        <source>A duration: a number followed by s (seconds), m (minutes), h (hours), d (days) or w (weeks), as in 30s, 5m, 4h or 1h30m.</source>
        <translation>时长：数字后跟 s（秒）、m（分钟）、h（小时）、d（天）或 w（周），例如 30s、5m、4h 或 1h30m。</translation>
    </message>
</context>
<context>
    <name>alertdesk::EditorDialog</name>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>alertdesk::EntityPage</name>
    <message>
        <source>How many are shown</source>
        <translation>显示数量</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <comment>Edit|Add</comment>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <comment>Edit|Edit</comment>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>创建副本(&amp;U)…</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <comment>Edit|Duplicate</comment>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Copy webhook</source>
        <translation>复制 Webhook(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <comment>Edit|Copy webhook</comment>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Send &amp;test alert…</source>
        <translation>发送测试告警(&amp;T)…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <comment>Edit|Send test alert</comment>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>没有与“%1”匹配的项。</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>显示 %1 项，共 %2 项</translation>
    </message>
</context>
<context>
    <name>alertdesk::EntityPages</name>
    <message>
        <source>Robots</source>
        <translation>机器人</translation>
    </message>
    <message>
        <source>DingTalk custom robots post alerts into a group. Their access tokens and signing secrets are kept in the system keychain, never shown here.</source>
        <translation>钉钉自定义机器人将告警发送到群中。它们的 access token 和加签密钥保存在系统钥匙串中，不会在此显示。</translation>
    </message>
    <message>
        <source>&amp;Add robot…</source>
        <translation>添加机器人(&amp;A)…</translation>
    </message>
    <message>
        <source>Search robots</source>
        <translation>搜索机器人</translation>
    </message>
    <message>
        <source>No robots yet</source>
        <translation>还没有机器人</translation>
    </message>
    <message>
        <source>Add the DingTalk custom robot of each group that should receive alerts: in DingTalk, open the group&apos;s settings, add a custom robot, then record it here with its keywords, signing and webhook.</source>
        <translation>为每个需要接收告警的群添加其钉钉自定义机器人：在钉钉中打开群设置，添加自定义机器人，然后在这里记录它的自定义关键词、加签和 Webhook。</translation>
    </message>
    <message>
        <source>Select a robot to see its details.</source>
        <translation>选择一个机器人以查看详情。</translation>
    </message>
    <message numerus="yes">
        <source>%n robot(s)</source>
        <translation>
            <numerusform>%n 个机器人</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>The people alerts are for: how to @mention them in DingTalk and which robot (their DingTalk chatbot) reaches them.</source>
        <translation>告警要通知的人：如何在钉钉中 @提醒 他们，以及通过哪个机器人（其钉钉机器人）通知到他们。</translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation>添加联系人(&amp;A)…</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>搜索联系人</translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>还没有联系人</translation>
    </message>
    <message>
        <source>Add the people who should receive alerts, with their mobile number for @mentions and the robot that reaches them. Add a robot first if there is none.</source>
        <translation>添加需要接收告警的人员，填写用于 @提醒 的手机号以及能通知到他们的机器人。如果还没有机器人，请先添加一个。</translation>
    </message>
    <message>
        <source>Select a contact to see the details.</source>
        <translation>选择一个联系人以查看详情。</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n 个联系人</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact groups</source>
        <translation>联系人组</translation>
    </message>
    <message>
        <source>Named sets of contacts, such as an on-call rota or a team, so a policy can notify all of them at once.</source>
        <translation>有名称的一组联系人，例如值班轮换或团队，以便通知策略一次通知所有人。</translation>
    </message>
    <message>
        <source>&amp;Add contact group…</source>
        <translation>添加联系人组(&amp;A)…</translation>
    </message>
    <message>
        <source>Search contact groups</source>
        <translation>搜索联系人组</translation>
    </message>
    <message>
        <source>No contact groups yet</source>
        <translation>还没有联系人组</translation>
    </message>
    <message>
        <source>Groups are optional. Add one when several contacts should receive the same alerts, then pick the group as a policy&apos;s recipient.</source>
        <translation>联系人组是可选的。当多个联系人需要接收相同的告警时再添加，然后在通知策略中选择该组作为通知对象。</translation>
    </message>
    <message>
        <source>Select a contact group to see its members.</source>
        <translation>选择一个联系人组以查看其成员。</translation>
    </message>
    <message numerus="yes">
        <source>%n contact group(s)</source>
        <translation>
            <numerusform>%n 个联系人组</numerusform>
        </translation>
    </message>
    <message>
        <source>Notification policies</source>
        <translation>通知策略</translation>
    </message>
    <message>
        <source>Which alerts reach whom: a policy matches alerts by their labels and sends them through DingTalk to contacts, contact groups or robots, at the times you choose.</source>
        <translation>哪些告警通知给谁：通知策略按标签匹配告警，并在你选择的时段通过钉钉发送给联系人、联系人组或机器人。</translation>
    </message>
    <message>
        <source>&amp;Add notification policy…</source>
        <translation>添加通知策略(&amp;A)…</translation>
    </message>
    <message>
        <source>Search notification policies</source>
        <translation>搜索通知策略</translation>
    </message>
    <message>
        <source>No notification policies yet</source>
        <translation>还没有通知策略</translation>
    </message>
    <message>
        <source>Add a policy to route alerts: pick the labels to match (or none, for every alert) and the contacts, groups or robots to notify.</source>
        <translation>添加通知策略来分派告警：选择要匹配的标签（不选则匹配所有告警），以及要通知的联系人、联系人组或机器人。</translation>
    </message>
    <message>
        <source>Select a notification policy to see its rules and recipients.</source>
        <translation>选择一条通知策略以查看其匹配规则和通知对象。</translation>
    </message>
    <message numerus="yes">
        <source>%n notification policy(s)</source>
        <translation>
            <numerusform>%n 条通知策略</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>alertdesk::Export</name>
    <message>
        <source>the directory cannot be created</source>
        <translation>无法创建该目录</translation>
    </message>
    <message>
        <source>Pick what to export: alertmanager, bridge or bundle.</source>
        <translation>请选择要导出的内容：alertmanager、bridge 或 bundle。</translation>
    </message>
    <message>
        <source>The bridge URL must be an http or https address without a query, such as http://127.0.0.1:8060.</source>
        <translation>桥接服务地址必须是不带查询参数的 http 或 https 地址，例如 http://127.0.0.1:8060。</translation>
    </message>
    <message>
        <source>The bridge password is written into alertmanager.yml; Alertmanager 0.26 and newer can read the URLs from files instead (--alertmanager-version 0.26).</source>
        <translation>桥接服务的密码会写入 alertmanager.yml；Alertmanager 0.26 及更高版本可以改为从文件读取 URL（--alertmanager-version 0.26）。</translation>
    </message>
    <message>
        <source>Robot &quot;%1&quot; is disabled: no policy sends to it in the exported files.</source>
        <translation>机器人“%1”已停用：导出的文件中没有通知策略发送到它。</translation>
    </message>
    <message>
        <source>Policy &quot;%1&quot; reaches no enabled robot: its alerts go nowhere. Add a robot, or a contact with a DingTalk chatbot, to its recipients.</source>
        <translation>通知策略“%1”没有可送达的已启用机器人：它的告警不会发送到任何地方。请在其通知对象中添加机器人，或添加设置了钉钉机器人的联系人。</translation>
    </message>
    <message>
        <source>Policy &quot;%1&quot; sends %2 messages, but the DingTalk bridge sends markdown: the servers will send its message as markdown.</source>
        <translation>通知策略“%1”发送 %2 消息，但钉钉 Webhook 桥接服务只发送 markdown：服务器将以 markdown 格式发送其消息。</translation>
    </message>
    <message>
        <source>Policy &quot;%1&quot;: its %2 template does not parse: %3</source>
        <translation>通知策略“%1”：其 %2 模板无法解析：%3</translation>
    </message>
    <message>
        <source>Policy &quot;%1&quot; is written in the alertmanager dialect, and the DingTalk bridge cannot run its %2 template: %3. Write it with the bridge&apos;s functions (dialect dingtalk-bridge: sprig&apos;s, plus toUpper, toLower and markdown).</source>
        <translation>通知策略“%1”使用 alertmanager 方言编写，钉钉桥接服务无法运行其 %2 模板：%3。请改用桥接服务的函数编写（dingtalk-bridge 方言：sprig 的函数，以及 toUpper、toLower 和 markdown）。</translation>
    </message>
    <message>
        <source>Policy &quot;%1&quot; is written in the alertmanager dialect, and the DingTalk bridge renders its %2 template otherwise (its functions are sprig&apos;s: title, for one, keeps the rest of each word as it is). Switch the policy to the dingtalk-bridge dialect and check its preview.</source>
        <translation>通知策略“%1”使用 alertmanager 方言编写，而钉钉桥接服务对其 %2 模板的渲染结果不同（桥接服务使用 sprig 的函数，例如 title 会保留每个单词其余字母的大小写）。请将该策略切换为 dingtalk-bridge 方言，并检查其预览。</translation>
    </message>
    <message>
        <source>Policy &quot;%1&quot; defines the template &quot;%2&quot; twice, differently; the bridge would use only one of them. Keep one.</source>
        <translation>通知策略“%1”两次定义了模板“%2”，且内容不同；桥接服务只会使用其中一个。请只保留一个。</translation>
    </message>
    <message>
        <source>Policies &quot;%1&quot; and &quot;%2&quot; both define the template &quot;%3&quot;, differently; the bridge keeps one set of template names for every policy, so one of them would render the other&apos;s. Rename it in one of them.</source>
        <translation>通知策略“%1”和“%2”都定义了模板“%3”，且内容不同；桥接服务的所有策略共用一套模板名称，其中一个策略会渲染出另一个策略的内容。请在其中一个策略中重命名。</translation>
    </message>
    <message>
        <source>Policy &quot;%1&quot; (bridge target %2) fails on a sample alert: %3</source>
        <translation>通知策略“%1”（桥接目标 %2）在示例告警上渲染失败：%3</translation>
    </message>
    <message>
        <source>Policy &quot;%1&quot; (bridge target %2) would not send what its preview shows: the exported templates render otherwise on a sample alert. Please report this as a bug of AlertDesk.</source>
        <translation>通知策略“%1”（桥接目标 %2）实际发送的内容将与预览不同：导出的模板在示例告警上的渲染结果不同。请将此问题作为 AlertDesk 的缺陷报告。</translation>
    </message>
    <message>
        <source>The bridge&apos;s template file does not load: %1</source>
        <translation>桥接服务的模板文件无法加载：%1</translation>
    </message>
    <message>
        <source>Nothing was written: the DingTalk bridge could not run this configuration. %1</source>
        <translation>未写入任何文件：钉钉桥接服务无法运行此配置。%1</translation>
    </message>
    <message>
        <source>Nothing was written: the DingTalk bridge would refuse to start, its template file does not load: %1</source>
        <translation>未写入任何文件：钉钉桥接服务将无法启动，其模板文件无法加载：%1</translation>
    </message>
    <message>
        <source>The bridge folder must be an absolute path on the server, such as %1.</source>
        <translation>桥接服务目录必须是服务器上的绝对路径，例如 %1。</translation>
    </message>
</context>
<context>
    <name>alertdesk::ExportDialog</name>
    <message>
        <source>Export for Servers</source>
        <translation>导出服务器配置</translation>
    </message>
    <message>
        <source>&amp;Directory:</source>
        <translation>目录(&amp;D)：</translation>
    </message>
    <message>
        <source>Target directory</source>
        <translation>目标目录</translation>
    </message>
    <message>
        <source>Where alertmanager.yml and dingtalk/ are written</source>
        <translation>alertmanager.yml 和 dingtalk/ 的写入位置</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the target directory</source>
        <translation>选择目标目录</translation>
    </message>
    <message>
        <source>&amp;Alertmanager:</source>
        <translation>Alertmanager(&amp;A)：</translation>
    </message>
    <message>
        <source>Alertmanager version</source>
        <translation>Alertmanager 版本</translation>
    </message>
    <message>
        <source>DingTalk &amp;bridge URL:</source>
        <translation>钉钉 Webhook 桥接服务地址(&amp;B)：</translation>
    </message>
    <message>
        <source>DingTalk bridge URL</source>
        <translation>钉钉 Webhook 桥接服务地址</translation>
    </message>
    <message>
        <source>&amp;Secrets:</source>
        <translation>密钥(&amp;S)：</translation>
    </message>
    <message>
        <source>Secrets mode</source>
        <translation>密钥写入方式</translation>
    </message>
    <message>
        <source>Include the robots&apos; tokens and signing secrets in the &amp;bundle</source>
        <translation>在工作区包中包含机器人的 access token 和加签密钥(&amp;B)</translation>
    </message>
    <message>
        <source>Include secrets in the bundle</source>
        <translation>在工作区包中包含密钥</translation>
    </message>
    <message>
        <source>Files to write</source>
        <translation>要写入的文件</translation>
    </message>
    <message>
        <source>File preview and changes</source>
        <translation>文件预览和更改</translation>
    </message>
    <message>
        <source>&amp;Validate with amtool</source>
        <translation>用 amtool 校验(&amp;V)</translation>
    </message>
    <message>
        <source>Validate alertmanager.yml with amtool</source>
        <translation>用 amtool 校验 alertmanager.yml</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>写入(&amp;W)</translation>
    </message>
    <message>
        <source>Write the files</source>
        <translation>写入文件</translation>
    </message>
    <message>
        <source>0.25 (Debian 12)</source>
        <translation>0.25 (Debian 12)</translation>
    </message>
    <message>
        <source>0.26 or newer</source>
        <translation>0.26 或更高版本</translation>
    </message>
    <message>
        <source>Placeholders: ${ALERTDESK_…} filled in on the server</source>
        <translation>占位符：${ALERTDESK_…}，在服务器上填入</translation>
    </message>
    <message>
        <source>Inline: the real tokens and secrets (files readable by you only)</source>
        <translation>内联：写入真实的 access token 和密钥（文件仅你可读）</translation>
    </message>
    <message>
        <source>amtool is not installed (Debian: apt install prometheus-alertmanager).</source>
        <translation>未安装 amtool（Debian：apt install prometheus-alertmanager）。</translation>
    </message>
    <message>
        <source>Runs amtool check-config on the alertmanager.yml shown here.</source>
        <translation>对此处显示的 alertmanager.yml 运行 amtool check-config。</translation>
    </message>
    <message>
        <source>Export Directory</source>
        <translation>导出目录</translation>
    </message>
    <message>
        <source>The files get the real access tokens and signing secrets from the keychain and are readable by you only (mode 0600). The preview shows placeholders.</source>
        <translation>文件中将写入从钥匙串读取的真实 access token 和加签密钥，并且只有你可读（权限 0600）。预览中显示的是占位符。</translation>
    </message>
    <message>
        <source>Tokens and secrets are written as ${ALERTDESK_…} placeholders, listed in secrets.env.example, for envsubst or your deployment tool to fill in.</source>
        <translation>access token 和密钥将以 ${ALERTDESK_…} 占位符写入，并列在 secrets.env.example 中，由 envsubst 或你的部署工具填入。</translation>
    </message>
    <message>
        <source>The bundle holds every robot&apos;s secrets and says so at its top.</source>
        <translation>工作区包中包含所有机器人的密钥，并在文件开头注明。</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新文件</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>changed: +%1 −%2</source>
        <translation>已更改：+%1 −%2</translation>
    </message>
    <message numerus="yes">
        <source>%n enabled policy(s), </source>
        <translation>
            <numerusform>%n 条已启用的通知策略，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bridge target(s), </source>
        <translation>
            <numerusform>%n 个桥接目标，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n robot(s) reached.</source>
        <translation>
            <numerusform>送达 %n 个机器人。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n more line(s) not shown</source>
        <translation>
            <numerusform>… 另有 %n 行未显示</numerusform>
        </translation>
    </message>
    <message>
        <source>Running amtool check-config…</source>
        <translation>正在运行 amtool check-config…</translation>
    </message>
    <message>
        <source>amtool check-config: alertmanager.yml is valid.</source>
        <translation>amtool check-config：alertmanager.yml 有效。</translation>
    </message>
    <message>
        <source>amtool check-config found a problem in alertmanager.yml:
%1</source>
        <translation>amtool check-config 在 alertmanager.yml 中发现问题：
%1</translation>
    </message>
    <message>
        <source>amtool could not be started: %1</source>
        <translation>无法启动 amtool：%1</translation>
    </message>
    <message>
        <source>Choose the directory to write to.</source>
        <translation>请选择要写入的目录。</translation>
    </message>
    <message>
        <source>Write Secrets?</source>
        <translation>写入密钥？</translation>
    </message>
    <message>
        <source>These files will contain DingTalk access tokens and signing secrets in plain text (readable by you only):

%1

Anyone who can read them can post to your DingTalk groups. Write them?</source>
        <translation>这些文件将以明文包含钉钉 access token 和加签密钥（仅你可读）：

%1

任何能读取这些文件的人都可以向你的钉钉群发送消息。确定写入吗？</translation>
    </message>
    <message>
        <source>Write with Secrets</source>
        <translation>写入（含密钥）</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>正在写入…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个文件写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Bridge &amp;folder on the server:</source>
        <translation>服务器上的桥接服务目录(&amp;F)：</translation>
    </message>
    <message>
        <source>Bridge folder on the server</source>
        <translation>服务器上的桥接服务目录</translation>
    </message>
    <message>
        <source>Where you will install the dingtalk folder; config.yml names its templates by this absolute path, because the bridge looks for them from its working directory.</source>
        <translation>dingtalk 目录将安装到的位置；config.yml 用这个绝对路径指定模板，因为桥接服务会从其工作目录查找模板。</translation>
    </message>
    <message>
        <source>✔ %1 (policy &quot;%2&quot;)</source>
        <translation>✔ %1（通知策略“%2”）</translation>
    </message>
    <message numerus="yes">
        <source>Bridge check: the %n target(s) render their title and text on a firing and a resolved sample alert, loaded as the bridge loads them (servers in %1).</source>
        <translation>
            <numerusform>桥接服务检查：按桥接服务的方式加载后，%n 个桥接目标的标题和正文在告警中和已恢复的示例告警上均可渲染（服务器时区 %1）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>alertdesk::GroupStepPage</name>
    <message>
        <source>&amp;No group: the policy reaches the contact directly</source>
        <translation>不使用联系人组：通知策略直接通知该联系人(&amp;N)</translation>
    </message>
    <message>
        <source>Add the contact to an &amp;existing group:</source>
        <translation>将联系人加入现有联系人组(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Create a group with the contact</source>
        <translation>新建包含该联系人的联系人组(&amp;C)</translation>
    </message>
    <message>
        <source>Contact group (optional)</source>
        <translation>联系人组（可选）</translation>
    </message>
    <message>
        <source>A group lets one policy reach everyone on call; skip it to reach the contact alone.</source>
        <translation>通过联系人组，一条通知策略即可通知所有值班人员；跳过此步则只通知该联系人。</translation>
    </message>
    <message>
        <source>Existing contact group</source>
        <translation>现有联系人组</translation>
    </message>
</context>
<context>
    <name>alertdesk::GroupTableModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>No members yet</source>
        <translation>还没有成员</translation>
    </message>
    <message>
        <source>Recipient of</source>
        <translation>作为通知对象的策略</translation>
    </message>
    <message>
        <source>No policy</source>
        <translation>无通知策略</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最后修改时间</translation>
    </message>
</context>
<context>
    <name>alertdesk::ImportDialog</name>
    <message>
        <source>Import Existing Setup</source>
        <translation>导入现有配置</translation>
    </message>
    <message>
        <source>Import from:</source>
        <translation>导入来源：</translation>
    </message>
    <message>
        <source>An existing A&amp;lertmanager + DingTalk bridge setup</source>
        <translation>现有的 Alertmanager + 钉钉 Webhook 桥接服务配置(&amp;L)</translation>
    </message>
    <message>
        <source>Import an Alertmanager and DingTalk bridge setup</source>
        <translation>导入 Alertmanager 和钉钉 Webhook 桥接服务配置</translation>
    </message>
    <message>
        <source>An AlertDesk bu&amp;ndle</source>
        <translation>AlertDesk 工作区包(&amp;N)</translation>
    </message>
    <message>
        <source>Import an AlertDesk bundle</source>
        <translation>导入 AlertDesk 工作区包</translation>
    </message>
    <message>
        <source>&amp;Alertmanager configuration:</source>
        <translation>Alertmanager 配置(&amp;A)：</translation>
    </message>
    <message>
        <source>Alertmanager configuration file</source>
        <translation>Alertmanager 配置文件</translation>
    </message>
    <message>
        <source>alertmanager.yml</source>
        <translation>alertmanager.yml</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Choose the Alertmanager configuration file</source>
        <translation>选择 Alertmanager 配置文件</translation>
    </message>
    <message>
        <source>DingTalk &amp;bridge configuration:</source>
        <translation>钉钉 Webhook 桥接服务配置(&amp;B)：</translation>
    </message>
    <message>
        <source>DingTalk bridge configuration file</source>
        <translation>钉钉 Webhook 桥接服务配置文件</translation>
    </message>
    <message>
        <source>config.yml of prometheus-webhook-dingtalk (needed for robots)</source>
        <translation>prometheus-webhook-dingtalk 的 config.yml（导入机器人时需要）</translation>
    </message>
    <message>
        <source>Choose the DingTalk bridge configuration file</source>
        <translation>选择钉钉 Webhook 桥接服务配置文件</translation>
    </message>
    <message>
        <source>B&amp;undle:</source>
        <translation>工作区包(&amp;U)：</translation>
    </message>
    <message>
        <source>AlertDesk bundle file</source>
        <translation>AlertDesk 工作区包文件</translation>
    </message>
    <message>
        <source>alertdesk-bundle.json</source>
        <translation>alertdesk-bundle.json</translation>
    </message>
    <message>
        <source>Choose the AlertDesk bundle file</source>
        <translation>选择 AlertDesk 工作区包文件</translation>
    </message>
    <message>
        <source>What will be &amp;created:</source>
        <translation>将创建的内容(&amp;C)：</translation>
    </message>
    <message>
        <source>What the import will create</source>
        <translation>导入将创建的内容</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Not imported, or changed on the way &amp;in:</source>
        <translation>未导入或导入时有改动的内容(&amp;I)：</translation>
    </message>
    <message>
        <source>What cannot be imported</source>
        <translation>无法导入的内容</translation>
    </message>
    <message>
        <source>&amp;Rename imported records whose name is taken (append “(imported)”)</source>
        <translation>名称已被占用时重命名导入的记录（追加“（已导入）”）(&amp;R)</translation>
    </message>
    <message>
        <source>Rename imported records whose name is taken</source>
        <translation>名称已被占用时重命名导入的记录</translation>
    </message>
    <message>
        <source>I have read and accepted the DingTalk Custom Robot Service &amp;Terms of Service for the robots this import creates</source>
        <translation>我已阅读并同意《钉钉自定义机器人服务及免责条款》（适用于本次导入创建的机器人）(&amp;T)</translation>
    </message>
    <message>
        <source>Accept the DingTalk Custom Robot Service Terms of Service</source>
        <translation>同意《钉钉自定义机器人服务及免责条款》</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>导入状态</translation>
    </message>
    <message>
        <source>YAML files (*.yml *.yaml);;All files (*)</source>
        <translation>YAML 文件 (*.yml *.yaml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Alertmanager Configuration</source>
        <translation>Alertmanager 配置</translation>
    </message>
    <message>
        <source>DingTalk Bridge Configuration</source>
        <translation>钉钉 Webhook 桥接服务配置</translation>
    </message>
    <message>
        <source>AlertDesk Bundle</source>
        <translation>AlertDesk 工作区包</translation>
    </message>
    <message>
        <source>AlertDesk bundles (*.json);;All files (*)</source>
        <translation>AlertDesk 工作区包 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Not imported, or changed on the way in:</source>
        <translation>未导入或导入时有改动的内容：</translation>
    </message>
    <message>
        <source>Choose an AlertDesk bundle (alertdesk-bundle.json).</source>
        <translation>请选择 AlertDesk 工作区包（alertdesk-bundle.json）。</translation>
    </message>
    <message>
        <source>Choose an alertmanager.yml and, for robots, the DingTalk bridge&apos;s config.yml.</source>
        <translation>请选择 alertmanager.yml；如需导入机器人，还需选择钉钉 Webhook 桥接服务的 config.yml。</translation>
    </message>
    <message>
        <source>Robots</source>
        <translation>机器人</translation>
    </message>
    <message>
        <source>token and signing secret go to the keychain</source>
        <translation>access token 和加签密钥将存入钥匙串</translation>
    </message>
    <message>
        <source>token goes to the keychain</source>
        <translation>access token 将存入钥匙串</translation>
    </message>
    <message>
        <source>no token: paste the webhook again after importing</source>
        <translation>没有 access token：导入后请重新粘贴 Webhook</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact groups</source>
        <translation>联系人组</translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation>%1 名成员</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>通知策略</translation>
    </message>
    <message>
        <source>every alert</source>
        <translation>所有告警</translation>
    </message>
    <message>
        <source>Everything can be imported.</source>
        <translation>所有内容均可导入。</translation>
    </message>
    <message>
        <source>Not imported, or changed on the way in (%1):</source>
        <translation>未导入或导入时有改动的内容（%1）：</translation>
    </message>
    <message>
        <source>There is nothing AlertDesk can import in these files; the list below says why.</source>
        <translation>这些文件中没有 AlertDesk 可以导入的内容；原因见下方列表。</translation>
    </message>
    <message>
        <source>Ready: nothing is written until you click Import.</source>
        <translation>就绪：点击“导入”之前不会写入任何内容。</translation>
    </message>
    <message>
        <source>Accept the DingTalk terms for the robots first.</source>
        <translation>请先为这些机器人同意钉钉的服务条款。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Imported %1 robots, %2 contacts, %3 contact groups and %4 policies.</source>
        <translation>已导入 %1 个机器人、%2 个联系人、%3 个联系人组和 %4 条通知策略。</translation>
    </message>
</context>
<context>
    <name>alertdesk::ImportRoutes</name>
    <message>
        <source>The root route&apos;s receiver gets every alert no other route takes; AlertDesk sends every alert to it.</source>
        <translation>根路由的接收器会收到其他路由都不接收的所有告警；AlertDesk 会把所有告警都发送给它。</translation>
    </message>
    <message>
        <source>In Alertmanager, alerts that also match the earlier route %1 (it has no continue: true) never reach this route; in AlertDesk every matching policy notifies, so such alerts now reach both.</source>
        <translation>在 Alertmanager 中，同时匹配前面路由 %1 的告警（该路由没有 continue: true）永远不会到达此路由；而在 AlertDesk 中，所有匹配的通知策略都会发送通知，因此这类告警现在会同时到达两者。</translation>
    </message>
    <message>
        <source>Alertmanager sends this route only the alerts none of its child routes take; in AlertDesk the policy gets them all.</source>
        <translation>Alertmanager 只把其子路由都不接收的告警发送给此路由；而在 AlertDesk 中，对应的通知策略会收到全部告警。</translation>
    </message>
    <message>
        <source>The route sends to receiver &quot;%1&quot;, which has no configurations: its alerts go nowhere, so there is nothing to import.</source>
        <translation>该路由发送到接收器“%1”，但该接收器没有任何配置：其告警不会发送到任何地方，因此没有可导入的内容。</translation>
    </message>
    <message>
        <source>The route sends to receiver &quot;%1&quot; (%2); AlertDesk delivers to DingTalk only, so this route is not imported.</source>
        <translation>该路由发送到接收器“%1”（%2）；AlertDesk 只向钉钉发送，因此不导入此路由。</translation>
    </message>
    <message>
        <source>The webhook %1 is not a DingTalk bridge target (.../dingtalk/&lt;target&gt;/send); routes to it are not imported.</source>
        <translation>Webhook %1 不是钉钉 Webhook 桥接服务的目标（.../dingtalk/&lt;target&gt;/send）；发往它的路由不会导入。</translation>
    </message>
    <message>
        <source>The matcher %1%2&quot;%3&quot; cannot be held by AlertDesk (%4); the route is not imported.</source>
        <translation>匹配器 %1%2&quot;%3&quot; 无法在 AlertDesk 中表示（%4）；不导入该路由。</translation>
    </message>
    <message>
        <source>The active time interval &quot;%1&quot; is not a notification window: %2 The policy is imported without a window (it notifies at all times).</source>
        <translation>生效时间区间“%1”不是通知时段：%2 该通知策略导入时不带通知时段（任何时间都通知）。</translation>
    </message>
    <message>
        <source>The route is active during %1 time intervals; a policy has one notification window. The policy is imported without a window.</source>
        <translation>该路由在 %1 个时间区间内生效，而一条通知策略只有一个通知时段。该通知策略导入时不带通知时段。</translation>
    </message>
    <message>
        <source>Mute time intervals (%1) are not imported: AlertDesk policies have only a notification window. Use a silence in Alertmanager instead.</source>
        <translation>不导入静默时间区间（%1）：AlertDesk 的通知策略只有通知时段。请改为在 Alertmanager 中使用静默（silence）。</translation>
    </message>
    <message>
        <source>The webhook %1 is not a DingTalk bridge target; AlertDesk does not import it.</source>
        <translation>Webhook %1 不是钉钉 Webhook 桥接服务的目标；AlertDesk 不导入它。</translation>
    </message>
    <message>
        <source>The webhook goes to bridge target &quot;%1&quot;, but no bridge configuration was given (--bridge-config); the route is not imported.</source>
        <translation>该 Webhook 发往桥接目标“%1”，但未提供桥接服务配置（--bridge-config）；不导入该路由。</translation>
    </message>
    <message>
        <source>The webhook goes to bridge target &quot;%1&quot;, which the bridge configuration does not define.</source>
        <translation>该 Webhook 发往桥接目标“%1”，但桥接服务配置中没有定义该目标。</translation>
    </message>
    <message>
        <source>Some webhooks of receiver &quot;%1&quot; send resolved notices and some do not; the policy sends them.</source>
        <translation>接收器“%1”的部分 Webhook 发送恢复通知，部分不发送；该通知策略会发送恢复通知。</translation>
    </message>
    <message>
        <source>The route cannot become a policy: %1</source>
        <translation>该路由无法转换为通知策略：%1</translation>
    </message>
    <message>
        <source>The bridge targets of receiver &quot;%1&quot; differ in mentions or templates; the policy takes those of target %2.</source>
        <translation>接收器“%1”的各个桥接目标在 @提醒 或模板上不一致；该通知策略采用目标 %2 的设置。</translation>
    </message>
    <message>
        <source>Target %1 uses the bridge&apos;s built-in template, which AlertDesk does not import; the policy uses AlertDesk&apos;s default template. Preview it before exporting.</source>
        <translation>目标 %1 使用桥接服务的内置模板，AlertDesk 不导入该模板；该通知策略使用 AlertDesk 的默认模板。导出前请先预览。</translation>
    </message>
    <message>
        <source>The template of target %1 is not imported: %2 The policy uses AlertDesk&apos;s default template.</source>
        <translation>目标 %1 的模板未导入：%2 该通知策略使用 AlertDesk 的默认模板。</translation>
    </message>
</context>
<context>
    <name>alertdesk::ImportTargets</name>
    <message>
        <source>bridge target %1</source>
        <translation>桥接目标 %1</translation>
    </message>
    <message>
        <source>The webhook of robot &quot;%1&quot; has no usable access token or signing secret (a placeholder such as ${...}?); the robot is imported without them. Paste its webhook again: alertdeskctl robot edit &quot;%1&quot; --webhook-stdin%2, or Edit in the Robots page.</source>
        <translation>机器人“%1”的 Webhook 中没有可用的 access token 或加签密钥（是否为 ${...} 之类的占位符？）；导入的机器人不含这些信息。请重新粘贴其 Webhook：alertdeskctl robot edit &quot;%1&quot; --webhook-stdin%2，或在“机器人”页面中点击“编辑”。</translation>
    </message>
    <message>
        <source>The bridge configuration does not say which custom keywords robot &quot;%1&quot; has; AlertDesk assumes the ARMS keywords (Alarm, Dispatch). Check them against the robot&apos;s security settings in DingTalk.</source>
        <translation>桥接服务配置中没有说明机器人“%1”有哪些自定义关键词；AlertDesk 假定为 ARMS 的关键词（Alarm、Dispatch）。请与钉钉中该机器人的安全设置核对。</translation>
    </message>
    <message>
        <source>Imported from the DingTalk bridge&apos;s target %1.</source>
        <translation>从钉钉 Webhook 桥接服务的目标 %1 导入。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mobile number AlertDesk can @mention: %2</source>
        <translation>“%1”不是 AlertDesk 可以 @提醒 的手机号：%2</translation>
    </message>
    <message>
        <source>Imported from the DingTalk bridge&apos;s mention list; give the contact a name.</source>
        <translation>从钉钉 Webhook 桥接服务的 @提醒 列表导入；请为该联系人填写名称。</translation>
    </message>
</context>
<context>
    <name>alertdesk::ImportTemplates</name>
    <message>
        <source>It calls the template &quot;%1&quot;, which none of the bridge&apos;s template files defines (the bridge&apos;s built-in templates are not imported).</source>
        <translation>它调用了模板“%1”，但桥接服务的模板文件都没有定义该模板（不导入桥接服务的内置模板）。</translation>
    </message>
    <message>
        <source>AlertDesk&apos;s template engine cannot run it: %1</source>
        <translation>AlertDesk 的模板引擎无法运行它：%1</translation>
    </message>
</context>
<context>
    <name>alertdesk::ImportYaml</name>
    <message>
        <source>There is no route; Alertmanager needs one.</source>
        <translation>没有路由（route）；Alertmanager 需要一个路由。</translation>
    </message>
    <message>
        <source>The root route has no receiver; Alertmanager needs one.</source>
        <translation>根路由没有接收器（receiver）；Alertmanager 需要一个接收器。</translation>
    </message>
    <message>
        <source>Inhibit rules are not imported: AlertDesk policies have no inhibition. Keep them in Alertmanager&apos;s configuration by hand.</source>
        <translation>不导入抑制规则：AlertDesk 的通知策略没有抑制功能。请手动将它们保留在 Alertmanager 的配置中。</translation>
    </message>
    <message>
        <source>Alertmanager&apos;s own template files are not imported: DingTalk messages are made by the bridge&apos;s templates.</source>
        <translation>不导入 Alertmanager 自身的模板文件：钉钉消息由桥接服务的模板生成。</translation>
    </message>
    <message>
        <source>Global settings are not imported (AlertDesk exports Alertmanager&apos;s defaults).</source>
        <translation>不导入全局设置（AlertDesk 导出 Alertmanager 的默认值）。</translation>
    </message>
    <message>
        <source>Expected a list of receivers.</source>
        <translation>此处应为接收器列表。</translation>
    </message>
    <message>
        <source>The receiver &quot;%1&quot; is defined twice.</source>
        <translation>接收器“%1”被定义了两次。</translation>
    </message>
    <message>
        <source>Expected a list of webhook configurations.</source>
        <translation>此处应为 Webhook 配置列表。</translation>
    </message>
    <message>
        <source>The webhook URL is read from a file on the server; AlertDesk cannot see which bridge target it names, so this webhook is not imported.</source>
        <translation>Webhook 地址是从服务器上的文件读取的；AlertDesk 无法知道它指向哪个桥接目标，因此不导入该 Webhook。</translation>
    </message>
    <message>
        <source>HTTP settings of the webhook (proxy, TLS, authorization) are not imported.</source>
        <translation>不导入 Webhook 的 HTTP 设置（代理、TLS、授权）。</translation>
    </message>
    <message>
        <source>max_alerts is not imported: AlertDesk sends every alert of a group.</source>
        <translation>不导入 max_alerts：AlertDesk 会发送分组中的所有告警。</translation>
    </message>
    <message>
        <source>Expected a list of time intervals.</source>
        <translation>此处应为时间区间列表。</translation>
    </message>
    <message>
        <source>The time interval &quot;%1&quot; is defined twice.</source>
        <translation>时间区间“%1”被定义了两次。</translation>
    </message>
    <message>
        <source>This is not valid YAML: %1.</source>
        <translation>这不是有效的 YAML：%1。</translation>
    </message>
    <message>
        <source>The template file &quot;%1&quot; was not found next to the bridge configuration; targets that use its templates get AlertDesk&apos;s default templates.</source>
        <translation>在桥接服务配置所在目录中未找到模板文件“%1”；使用其中模板的目标将改用 AlertDesk 的默认模板。</translation>
    </message>
    <message>
        <source>The template file %1 cannot be read: %2.</source>
        <translation>无法读取模板文件 %1：%2。</translation>
    </message>
    <message>
        <source>Expected a mapping of target names to targets.</source>
        <translation>此处应为目标名称到目标的映射。</translation>
    </message>
    <message>
        <source>The target has no url.</source>
        <translation>该 target 缺少 url。</translation>
    </message>
    <message>
        <source>The matcher &quot;%1&quot; is empty.</source>
        <translation>匹配器“%1”为空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a matcher; write label=&quot;value&quot;, label!=&quot;value&quot;, label=~&quot;regex&quot; or label!~&quot;regex&quot;.</source>
        <translation>“%1”不是有效的匹配器；请写成 label=&quot;value&quot;、label!=&quot;value&quot;、label=~&quot;regex&quot; 或 label!~&quot;regex&quot;。</translation>
    </message>
    <message>
        <source>The value of matcher &quot;%1&quot; has unbalanced quotes.</source>
        <translation>匹配器“%1”的值中引号不成对。</translation>
    </message>
    <message>
        <source>Expected a mapping of label names to values.</source>
        <translation>此处应为标签名到值的映射。</translation>
    </message>
    <message>
        <source>It has no time ranges.</source>
        <translation>该时间区间没有任何时间范围。</translation>
    </message>
    <message>
        <source>It uses %1; a notification window has only weekdays, a time range and a time zone.</source>
        <translation>该时间区间使用了 %1；通知时段只包含星期、一个时间范围和一个时区。</translation>
    </message>
    <message>
        <source>It has no time range (whole days); a notification window needs one.</source>
        <translation>该时间区间没有时间范围（全天）；通知时段需要一个时间范围。</translation>
    </message>
    <message>
        <source>It has %1 time ranges; a notification window has one.</source>
        <translation>该时间区间有 %1 个时间范围；通知时段只能有一个。</translation>
    </message>
    <message>
        <source>It has %1 entries; a notification window is one set of days with one time range.</source>
        <translation>该时间区间有 %1 个条目；通知时段只能是一组星期加一个时间范围。</translation>
    </message>
    <message>
        <source>It covers whole days; a notification window needs a start and an end time.</source>
        <translation>该时间区间覆盖全天；通知时段需要开始时间和结束时间。</translation>
    </message>
    <message>
        <source>It uses the Alertmanager server&apos;s local time zone, which AlertDesk cannot know.</source>
        <translation>该时间区间使用 Alertmanager 服务器的本地时区，AlertDesk 无法得知该时区。</translation>
    </message>
    <message>
        <source>Expected a list of time ranges.</source>
        <translation>此处应为时间范围列表。</translation>
    </message>
    <message>
        <source>Expected a list of times.</source>
        <translation>此处应为时间列表。</translation>
    </message>
    <message>
        <source>Expected start_time and end_time such as 09:00 and 18:00, the start before the end.</source>
        <translation>此处应为 start_time 和 end_time，例如 09:00 和 18:00，且开始时间早于结束时间。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a weekday or a range of weekdays such as monday:friday.</source>
        <translation>“%1”不是有效的星期或星期范围（例如 monday:friday）。</translation>
    </message>
    <message>
        <source>The file is not a YAML mapping of settings.</source>
        <translation>该文件不是由设置项组成的 YAML 映射。</translation>
    </message>
    <message>
        <source>Expected a mapping of settings here.</source>
        <translation>此处应为设置项的映射。</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;; the known ones here are: %2.</source>
        <translation>未知设置项“%1”；此处可用的设置项有：%2。</translation>
    </message>
    <message>
        <source>Expected a single value here.</source>
        <translation>此处应为单个值。</translation>
    </message>
    <message>
        <source>Expected true or false, not &quot;%1&quot;.</source>
        <translation>此处应为 true 或 false，而不是“%1”。</translation>
    </message>
    <message>
        <source>Expected a list here.</source>
        <translation>此处应为列表。</translation>
    </message>
</context>
<context>
    <name>alertdesk::Importer</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>%1 (imported)</source>
        <translation>%1（导入）</translation>
    </message>
    <message>
        <source>%1 (imported %2)</source>
        <translation>%1（导入 %2）</translation>
    </message>
    <message>
        <source>The workspace already has a %1 named &quot;%2&quot;; the imported one is named &quot;%3&quot;.</source>
        <translation>工作区中已有名为“%2”的%1；导入的项已重命名为“%3”。</translation>
    </message>
    <message>
        <source>robot</source>
        <translation>机器人</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>contact group</source>
        <translation>联系人组</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>通知策略</translation>
    </message>
    <message>
        <source>The import creates robots, and the source does not record that DingTalk&apos;s Custom Robot Service Terms were accepted for them. Read the terms and accept them (--accept-terms, or the check box in the dialog) to import.</source>
        <translation>此次导入会创建机器人，而导入来源中没有记录这些机器人已同意《钉钉自定义机器人服务及免责条款》。请阅读并同意条款（使用 --accept-terms，或勾选对话框中的复选框）后再导入。</translation>
    </message>
    <message>
        <source>Robot &quot;%1&quot;: %2</source>
        <translation>机器人“%1”：%2</translation>
    </message>
    <message>
        <source>Policy &quot;%1&quot;: %2</source>
        <translation>通知策略“%1”：%2</translation>
    </message>
    <message>
        <source>Nothing was imported: the keychain could not store a robot&apos;s secret. %1</source>
        <translation>未导入任何内容：钥匙串无法保存机器人的密钥。%1</translation>
    </message>
    <message>
        <source>The workspace already has a %1 named %2. Nothing was imported: rename or remove them first, or import with --rename (in the dialog: &quot;Rename imported records whose name is taken&quot;).</source>
        <translation>工作区中已有名为 %2 的%1。未导入任何内容：请先重命名或删除它们，或使用 --rename 导入（在对话框中勾选“名称已被占用时重命名导入的记录”）。</translation>
    </message>
</context>
<context>
    <name>alertdesk::IpRangesEditor</name>
    <message>
        <source>Add &amp;range</source>
        <translation>添加地址段(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <source>New IP address or range</source>
        <translation>新的 IP 地址或地址段</translation>
    </message>
    <message>
        <source>IPv4 address or CIDR block, e.g. 203.0.113.7 or 10.0.0.0/8</source>
        <translation>IPv4 地址或 CIDR 地址段，例如 203.0.113.7 或 10.0.0.0/8</translation>
    </message>
    <message>
        <source>Add IP range</source>
        <translation>添加 IP地址（段）</translation>
    </message>
    <message>
        <source>IP addresses and ranges</source>
        <translation>IP地址（段）</translation>
    </message>
    <message>
        <source>Remove the selected IP ranges</source>
        <translation>删除所选 IP地址（段）</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 已在列表中。</translation>
    </message>
    <message>
        <source>A robot has at most %1 IP addresses or ranges; remove one first.</source>
        <translation>一个机器人最多有 %1 个 IP地址（段）；请先删除一个。</translation>
    </message>
</context>
<context>
    <name>alertdesk::KeychainSecretStore</name>
    <message>
        <source>Nothing was saved.</source>
        <translation>未保存任何内容。</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>未删除任何内容。</translation>
    </message>
    <message>
        <source>No keychain is available (%1). AlertDesk keeps robot tokens and signing secrets only in the system keychain: start GNOME Keyring / KWallet (a Secret Service provider) and try again.</source>
        <translation>没有可用的钥匙串（%1）。AlertDesk 只在系统钥匙串中保存机器人的 access token 和加签密钥：请启动 GNOME Keyring / KWallet（Secret Service 提供方）后重试。</translation>
    </message>
    <message>
        <source>The keychain refused access (%1). Unlock the keyring, or allow AlertDesk to use it when asked, and try again.</source>
        <translation>钥匙串拒绝访问（%1）。请解锁钥匙串，或在系统询问时允许 AlertDesk 使用它，然后重试。</translation>
    </message>
    <message>
        <source>The keychain could not complete the request (%1).</source>
        <translation>钥匙串无法完成该请求（%1）。</translation>
    </message>
    <message>
        <source>No secret is stored in the keychain under &quot;%1&quot;.</source>
        <translation>钥匙串中没有以“%1”保存的密钥。</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>macOS 钥匙串</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows 凭据管理器</translation>
    </message>
    <message>
        <source>Secret Service (GNOME Keyring, KWallet)</source>
        <translation>Secret Service（GNOME Keyring、KWallet）</translation>
    </message>
</context>
<context>
    <name>alertdesk::KeychainStatus</name>
    <message>
        <source>Keychain: checking…</source>
        <translation>钥匙串：正在检查…</translation>
    </message>
    <message>
        <source>Keychain: available (%1)</source>
        <translation>钥匙串：可用（%1）</translation>
    </message>
    <message>
        <source>the keychain gave no reason.</source>
        <translation>钥匙串未说明原因。</translation>
    </message>
    <message>
        <source>Keychain unavailable: %1</source>
        <translation>钥匙串不可用：%1</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>钥匙串不可用</translation>
    </message>
</context>
<context>
    <name>alertdesk::KeywordsEditor</name>
    <message>
        <source>&amp;Add keyword</source>
        <translation>添加关键词(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>New keyword</source>
        <translation>新关键词</translation>
    </message>
    <message>
        <source>A word every alert message contains</source>
        <translation>每条告警消息都包含的词</translation>
    </message>
    <message>
        <source>Add keyword</source>
        <translation>添加关键词</translation>
    </message>
    <message>
        <source>Custom keywords</source>
        <translation>自定义关键词</translation>
    </message>
    <message>
        <source>Remove the selected keywords</source>
        <translation>删除所选关键词</translation>
    </message>
    <message>
        <source>Keyword presets</source>
        <translation>关键词预设</translation>
    </message>
    <message>
        <source>Add a preset…</source>
        <translation>添加预设…</translation>
    </message>
    <message>
        <source>ARMS: Alarm, Dispatch</source>
        <translation>ARMS：Alarm、Dispatch</translation>
    </message>
    <message>
        <source>ARMS API: 告警</source>
        <translation>ARMS API：告警</translation>
    </message>
    <message>
        <source>Generic: alert</source>
        <translation>通用：alert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already a keyword.</source>
        <translation>“%1”已是关键词。</translation>
    </message>
    <message>
        <source>A robot has at most %1 custom keywords; remove one first.</source>
        <translation>一个机器人最多有 %1 个自定义关键词；请先删除一个。</translation>
    </message>
    <message>
        <source>⚠ %1 missing: Managed Service for Prometheus / ARMS puts Alarm and Dispatch in its alert messages, and DingTalk rejects alerts without the robot&apos;s keywords with errcode 310000 (keywords not in content). Keep both unless this robot never receives ARMS alerts.</source>
        <translation>⚠ 缺少 %1：阿里云 Prometheus 监控 / ARMS 的告警消息中包含 Alarm 和 Dispatch，而钉钉会以 errcode 310000（keywords not in content）拒收不含机器人关键词的告警。除非此机器人从不接收 ARMS 告警，否则请保留这两个关键词。</translation>
    </message>
    <message>
        <source> and </source>
        <translation> 和 </translation>
    </message>
</context>
<context>
    <name>alertdesk::LaunchOptions</name>
    <message>
        <source>Open the workspace file PATH (default: $ALERTDESK_DB, else %1).</source>
        <translation>打开工作区文件 PATH（默认：$ALERTDESK_DB，未设置时为 %1）。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Save a PNG of the main window to FILE once it is shown, then quit.</source>
        <translation>主窗口显示后将其截图保存为 PNG 文件 FILE，然后退出。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Use LANGUAGE (%1) instead of the system&apos;s language.</source>
        <translation>使用语言 LANGUAGE（%1），而不是系统语言。</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>LANGUAGE</translation>
    </message>
    <message>
        <source>Set up DingTalk group-robot alert notifications.</source>
        <translation>配置钉钉群机器人告警通知。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; use --db PATH to open a workspace file.</source>
        <translation>无法识别的参数“%1”；请使用 --db PATH 打开工作区文件。</translation>
    </message>
    <message>
        <source>AlertDesk has no translation &quot;%1&quot;; use one of: %2.</source>
        <translation>AlertDesk 没有“%1”的翻译；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>Open the workspace, show the window and quit right after it is first drawn.</source>
        <translation>打开工作区并显示窗口，在窗口首次绘制完成后立即退出。</translation>
    </message>
    <message>
        <source>Open on PAGE (%1) instead of the page shown last.</source>
        <translation>打开页面 PAGE（%1），而不是上次显示的页面。</translation>
    </message>
    <message>
        <source>PAGE</source>
        <translation>PAGE</translation>
    </message>
    <message>
        <source>AlertDesk has no page &quot;%1&quot;; use one of: %2.</source>
        <translation>AlertDesk 没有“%1”页面；请使用以下之一：%2。</translation>
    </message>
</context>
<context>
    <name>alertdesk::MainWindow</name>
    <message>
        <source>%1 — AlertDesk</source>
        <translation>%1 — AlertDesk</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About AlertDesk</source>
        <translation>关于 AlertDesk(&amp;A)</translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation>工作区文件</translation>
    </message>
    <message>
        <source>Keychain state</source>
        <translation>钥匙串状态</translation>
    </message>
    <message>
        <source>About AlertDesk</source>
        <translation>关于 AlertDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;AlertDesk %1&lt;/h3&gt;&lt;p&gt;Sets up DingTalk group-robot alert notifications: robots, contacts, contact groups and notification policies, tested before they reach your servers.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;AlertDesk %1&lt;/h3&gt;&lt;p&gt;配置钉钉群机器人告警通知：机器人、联系人、联系人组和通知策略，在部署到服务器之前先行测试。&lt;/p&gt;&lt;p&gt;依据 GNU 通用公共许可证第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <comment>File|Import</comment>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <comment>File|Export</comment>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>Add &amp;DingTalk robot…</source>
        <translation>添加钉钉机器人(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Connect to a notification policy…</source>
        <translation>关联通知策略(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Webhook copied; the clipboard is cleared in 30 seconds.</source>
        <translation>已复制 Webhook；剪贴板将在 30 秒后清空。</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>Could not open the user guide; read it at %1.</source>
        <translation>无法打开用户指南；请在 %1 阅读。</translation>
    </message>
</context>
<context>
    <name>alertdesk::MatchRulesEditor</name>
    <message>
        <source>is (=)</source>
        <translation>等于（=）</translation>
    </message>
    <message>
        <source>is not (!=)</source>
        <translation>不等于（!=）</translation>
    </message>
    <message>
        <source>matches regex (=~)</source>
        <translation>匹配正则（=~）</translation>
    </message>
    <message>
        <source>does not match regex (!~)</source>
        <translation>不匹配正则（!~）</translation>
    </message>
    <message>
        <source>is one of (in)</source>
        <translation>属于（in）</translation>
    </message>
    <message>
        <source>is none of (notin)</source>
        <translation>不属于（notin）</translation>
    </message>
    <message>
        <source>(no conditions yet: add one)</source>
        <translation>（还没有条件：请添加一个）</translation>
    </message>
    <message>
        <source>(label)</source>
        <translation>（标签）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 等于 %2</translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation>%1 不等于 %2</translation>
    </message>
    <message>
        <source>%1 matches %2</source>
        <translation>%1 匹配 %2</translation>
    </message>
    <message>
        <source>%1 does not match %2</source>
        <translation>%1 不匹配 %2</translation>
    </message>
    <message>
        <source>%1 is one of %2</source>
        <translation>%1 属于 %2</translation>
    </message>
    <message>
        <source>%1 is none of %2</source>
        <translation>%1 不属于 %2</translation>
    </message>
    <message>
        <source> and </source>
        <translation> 且 </translation>
    </message>
    <message>
        <source>Add &amp;rule</source>
        <translation>添加规则(&amp;R)</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <source>Add &amp;condition</source>
        <translation>添加条件(&amp;C)</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>删除条件</translation>
    </message>
    <message>
        <source>Matching rules</source>
        <translation>匹配规则</translation>
    </message>
    <message>
        <source>Conditions of the selected rule</source>
        <translation>所选规则的条件</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运算符</translation>
    </message>
    <message>
        <source>Value(s)</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>添加条件</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>规则 %1：%2</translation>
    </message>
    <message>
        <source>No rules: the policy matches every alert. Add a rule to send only some alerts.</source>
        <translation>没有规则：该通知策略匹配所有告警。添加规则可只发送部分告警。</translation>
    </message>
    <message>
        <source>An alert matches when any rule matches; a rule matches when all its conditions hold.</source>
        <translation>告警满足任意一条规则即匹配；规则的所有条件都成立时，该规则才匹配。</translation>
    </message>
    <message>
        <source>Label of condition %1</source>
        <translation>条件 %1 的标签</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>severity</translation>
    </message>
    <message>
        <source>Operator of condition %1</source>
        <translation>条件 %1 的运算符</translation>
    </message>
    <message>
        <source>Value of condition %1</source>
        <translation>条件 %1 的值</translation>
    </message>
    <message>
        <source>db|web (separate with |)</source>
        <translation>db|web（以 | 分隔）</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critical</translation>
    </message>
</context>
<context>
    <name>alertdesk::MemorySecretStore</name>
    <message>
        <source>No keychain is available (the test keychain is switched off). AlertDesk keeps robot tokens and signing secrets only in the system keychain.</source>
        <translation>没有可用的钥匙串（测试钥匙串已关闭）。AlertDesk 只在系统钥匙串中保存机器人的 access token 和加签密钥。</translation>
    </message>
    <message>
        <source>No secret is stored in the keychain under &quot;%1&quot;.</source>
        <translation>钥匙串中没有以“%1”保存的密钥。</translation>
    </message>
    <message>
        <source>memory (tests)</source>
        <translation>内存（测试用）</translation>
    </message>
</context>
<context>
    <name>alertdesk::MessageLint</name>
    <message>
        <source>Line %1 starts a table: DingTalk shows tables on the desktop only, phones show the raw text. Use a list instead.</source>
        <translation>第 %1 行开始一个表格：钉钉只在桌面端显示表格，手机上显示原始文本。请改用列表。</translation>
    </message>
    <message>
        <source>Line %1 starts a code block: DingTalk shows code blocks on the desktop only. Use plain lines or a quote (&gt;) instead.</source>
        <translation>第 %1 行开始一个代码块：钉钉只在桌面端显示代码块。请改用普通行或引用（&gt;）。</translation>
    </message>
    <message numerus="yes">
        <source>DingTalk joins lines separated by a single line break (%n place(s), the first after line %1); leave a blank line between them or end the line with two spaces.</source>
        <translation>
            <numerusform>钉钉会把只隔一个换行的行连成一行（%n 处，第一处在第 %1 行之后）；请在行之间留一个空行，或在行尾加两个空格。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The text shows %n image(s); DingTalk shows about %1 at most, so keep to fewer.</source>
        <translation>
            <numerusform>正文包含 %n 张图片；钉钉最多显示约 %1 张，请减少图片。</numerusform>
        </translation>
    </message>
    <message>
        <source>DingTalk does not render the HTML %1 (first on line %2) and shows it as text; use markdown instead.</source>
        <translation>钉钉不渲染 HTML %1（首次出现在第 %2 行），会把它当作文本显示；请改用 markdown。</translation>
    </message>
    <message>
        <source>The message contains the robot keyword &quot;%1&quot;, so DingTalk&apos;s keyword check passes.</source>
        <translation>消息包含机器人关键词“%1”，可以通过钉钉的关键词检查。</translation>
    </message>
    <message>
        <source>The message contains none of the robot&apos;s keywords (%1), so DingTalk will refuse it (310000 keywords not in content). Put one of them in the title or the text.</source>
        <translation>消息不包含机器人的任何关键词（%1），钉钉会拒收（310000 keywords not in content）。请在标题或正文中加入其中一个。</translation>
    </message>
    <message>
        <source>Keywords are case-sensitive: the message has %1 only in another case.</source>
        <translation>关键词区分大小写：消息中的 %1 大小写不一致。</translation>
    </message>
    <message>
        <source>The request is %1 bytes, over DingTalk&apos;s limit of %2 bytes, so DingTalk will refuse it (460101 message too long). Shorten the text, or list fewer alerts.</source>
        <translation>请求大小为 %1 字节，超过钉钉 %2 字节的上限，钉钉会拒收（460101 message too long）。请缩短正文，或少列一些告警。</translation>
    </message>
    <message>
        <source>The request is %1 bytes, close to DingTalk&apos;s limit of %2 bytes; a group with more alerts may go over it. Consider a shorter template.</source>
        <translation>请求大小为 %1 字节，接近钉钉 %2 字节的上限；告警更多的分组可能会超出。建议使用更短的模板。</translation>
    </message>
    <message>
        <source>The request is %1 bytes of DingTalk&apos;s %2.</source>
        <translation>请求大小为 %1 字节（钉钉上限 %2）。</translation>
    </message>
    <message>
        <source>AlertDesk appended %1 to the end of the text: DingTalk shows an @mention only when it also appears in the text.</source>
        <translation>AlertDesk 在正文末尾添加了 %1：只有正文中也出现时，钉钉才会显示 @提醒。</translation>
    </message>
    <message>
        <source>The text lacks %1, so DingTalk will not notify them; add the mention to the text.</source>
        <translation>正文中缺少 %1，钉钉不会提醒他们；请把提醒加到正文中。</translation>
    </message>
    <message>
        <source>The robot &quot;%1&quot; is disabled in AlertDesk, so nothing is sent through it; enable it first.</source>
        <translation>机器人“%1”在 AlertDesk 中已停用，不会通过它发送任何内容；请先启用它。</translation>
    </message>
    <message>
        <source>The robot &quot;%1&quot; has no security setting in AlertDesk (no keywords, no signing, no IP ranges), but DingTalk requires at least one; copy the robot&apos;s security settings from DingTalk so AlertDesk can check messages against them.</source>
        <translation>机器人“%1”在 AlertDesk 中没有安全设置（没有关键词、加签或 IP 段），但钉钉至少需要一项；请从钉钉复制该机器人的安全设置，以便 AlertDesk 据此检查消息。</translation>
    </message>
    <message>
        <source>Signing is on for the robot &quot;%1&quot; but the keychain has no signing secret for it, so the request cannot be signed; store the secret again (it starts with SEC).</source>
        <translation>机器人“%1”开启了加签，但钥匙串中没有它的加签密钥，无法签名请求；请重新保存密钥（以 SEC 开头）。</translation>
    </message>
</context>
<context>
    <name>alertdesk::ModelText</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>alertdesk::NotificationWindowEditor</name>
    <message>
        <source>Only notify within a time window</source>
        <translation>仅在通知时段内通知</translation>
    </message>
    <message>
        <source>Notification window</source>
        <translation>通知时段</translation>
    </message>
    <message>
        <source>Window start</source>
        <translation>时段开始时间</translation>
    </message>
    <message>
        <source>Window end</source>
        <translation>时段结束时间</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>星期：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>时区：</translation>
    </message>
</context>
<context>
    <name>alertdesk::PageCatalog</name>
    <message>
        <source>Robots</source>
        <translation>机器人</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact groups</source>
        <translation>联系人组</translation>
    </message>
    <message>
        <source>Notification policies</source>
        <translation>通知策略</translation>
    </message>
    <message>
        <source>Send test alert</source>
        <translation>发送测试告警</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Write the configuration your servers need to send these alerts: Alertmanager&apos;s routes and receivers and the DingTalk webhook bridge&apos;s targets and templates, with a preview of each file and a check with amtool before anything is written.</source>
        <translation>生成服务器发送这些告警所需的配置：Alertmanager 的路由（routes）和接收器（receivers），以及钉钉 Webhook 桥接服务的目标（targets）和模板。写入前可预览每个文件，并用 amtool 进行检查。</translation>
    </message>
    <message>
        <source>&amp;Export configuration…</source>
        <translation>导出配置(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>alertdesk::PairsTable</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>alertdesk::PolicyEditor</name>
    <message>
        <source>Add Notification Policy</source>
        <translation>添加通知策略</translation>
    </message>
    <message>
        <source>Edit Notification Policy</source>
        <translation>编辑通知策略</translation>
    </message>
    <message>
        <source>Saved notification policy “%1”.</source>
        <translation>已保存通知策略“%1”。</translation>
    </message>
</context>
<context>
    <name>alertdesk::PolicyForm</name>
    <message>
        <source>Policy sections</source>
        <translation>通知策略设置分类</translation>
    </message>
    <message>
        <source>General</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Critical database alerts</source>
        <translation>数据库严重告警</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>通知方式：</translation>
    </message>
    <message>
        <source>DingTalk (the only notification method AlertDesk delivers)</source>
        <translation>钉钉（AlertDesk 唯一支持的通知方式）</translation>
    </message>
    <message>
        <source>Matching rules</source>
        <translation>匹配规则</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>通知对象</translation>
    </message>
    <message>
        <source>Grouping and timing</source>
        <translation>分组与时间</translation>
    </message>
    <message>
        <source>Group &amp;by:</source>
        <translation>分组依据(&amp;B)：</translation>
    </message>
    <message>
        <source>alertname, cluster</source>
        <translation>alertname, cluster</translation>
    </message>
    <message>
        <source>Labels that put alerts into one notification, separated by commas; ... groups by all labels.</source>
        <translation>用于将告警合并到同一条通知中的标签，以逗号分隔；... 表示按所有标签分组。</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>分组依据</translation>
    </message>
    <message>
        <source>Group &amp;wait:</source>
        <translation>分组等待(&amp;W)：</translation>
    </message>
    <message>
        <source>Group wait</source>
        <translation>分组等待</translation>
    </message>
    <message>
        <source>Group &amp;interval:</source>
        <translation>分组间隔(&amp;I)：</translation>
    </message>
    <message>
        <source>Group interval</source>
        <translation>分组间隔</translation>
    </message>
    <message>
        <source>&amp;Repeat interval:</source>
        <translation>重复间隔(&amp;R)：</translation>
    </message>
    <message>
        <source>Repeat interval</source>
        <translation>重复间隔</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Send a notice when alerts &amp;resolve</source>
        <translation>告警恢复时发送恢复通知(&amp;R)</translation>
    </message>
    <message>
        <source>Send resolved</source>
        <translation>发送恢复通知</translation>
    </message>
    <message>
        <source>&amp;Mention:</source>
        <translation>@提醒(&amp;M)：</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>@提醒</translation>
    </message>
    <message>
        <source>Message &amp;type:</source>
        <translation>消息类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Message type</source>
        <translation>消息类型</translation>
    </message>
    <message>
        <source>Template &amp;dialect:</source>
        <translation>模板方言(&amp;D)：</translation>
    </message>
    <message>
        <source>Template dialect</source>
        <translation>模板方言</translation>
    </message>
    <message>
        <source>Which Go template functions the title and text templates may use: those of the DingTalk webhook bridge (with sprig) or those of Alertmanager.</source>
        <translation>标题模板和正文模板可以使用哪些 Go 模板函数：钉钉 Webhook 桥接服务的函数（含 sprig）或 Alertmanager 的函数。</translation>
    </message>
    <message>
        <source>Templates:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <source>Edit the templates in Send test alert, where you see the message as DingTalk shows it.</source>
        <translation>请在“发送测试告警”中编辑模板，在那里可以看到消息在钉钉中的显示效果。</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>不提醒任何人</translation>
    </message>
    <message>
        <source>@all (everyone in the DingTalk group)</source>
        <translation>@all（钉钉群内所有人）</translation>
    </message>
    <message>
        <source>The recipients (their mobile numbers)</source>
        <translation>通知对象（按手机号）</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>ActionCard</source>
        <translation>ActionCard</translation>
    </message>
    <message>
        <source>DingTalk webhook bridge (with sprig)</source>
        <translation>钉钉 Webhook 桥接服务（含 sprig）</translation>
    </message>
    <message>
        <source>Alertmanager</source>
        <translation>Alertmanager</translation>
    </message>
    <message>
        <source>A notification policy named “%1” already exists; pick another name.</source>
        <translation>名为“%1”的通知策略已存在；请换一个名称。</translation>
    </message>
</context>
<context>
    <name>alertdesk::PolicyRepository</name>
    <message>
        <source>read the notification policies</source>
        <translation>读取通知策略</translation>
    </message>
    <message>
        <source>read the policy</source>
        <translation>读取该通知策略</translation>
    </message>
    <message>
        <source>There is no notification policy with id %1; it may have been deleted.</source>
        <translation>不存在 id 为 %1 的通知策略；它可能已被删除。</translation>
    </message>
    <message>
        <source>There is no notification policy named &quot;%1&quot;.</source>
        <translation>不存在名为“%1”的通知策略。</translation>
    </message>
    <message>
        <source>A notification policy named &quot;%1&quot; already exists; pick another name.</source>
        <translation>名为“%1”的通知策略已存在；请换一个名称。</translation>
    </message>
    <message>
        <source>save notification policy &quot;%1&quot;</source>
        <translation>保存通知策略“%1”</translation>
    </message>
    <message>
        <source>A notification policy with id %1 already exists; add it without an id.</source>
        <translation>id 为 %1 的通知策略已存在；请不带 id 添加。</translation>
    </message>
    <message>
        <source>Policy &quot;%1&quot; sends to a contact that does not exist (id %2); it may have been deleted. Remove it from the recipients.</source>
        <translation>通知策略“%1”的通知对象中有一个不存在的联系人（id %2）；它可能已被删除。请将其从通知对象中移除。</translation>
    </message>
    <message>
        <source>Policy &quot;%1&quot; sends to a contact group that does not exist (id %2); it may have been deleted. Remove it from the recipients.</source>
        <translation>通知策略“%1”的通知对象中有一个不存在的联系人组（id %2）；它可能已被删除。请将其从通知对象中移除。</translation>
    </message>
    <message>
        <source>Policy &quot;%1&quot; sends to a robot that does not exist (id %2); it may have been deleted. Remove it from the recipients.</source>
        <translation>通知策略“%1”的通知对象中有一个不存在的机器人（id %2）；它可能已被删除。请将其从通知对象中移除。</translation>
    </message>
    <message>
        <source>delete the notification policy</source>
        <translation>删除该通知策略</translation>
    </message>
    <message>
        <source>There is no notification policy with id %1; it may have been deleted already.</source>
        <translation>不存在 id 为 %1 的通知策略；它可能已经被删除。</translation>
    </message>
    <message>
        <source>find where the notification policy is used</source>
        <translation>查找该通知策略的使用位置</translation>
    </message>
    <message>
        <source>Policy &quot;%1&quot; has an unknown %2 &quot;%3&quot; in the workspace; it was probably written by a newer AlertDesk. Update AlertDesk.</source>
        <translation>工作区中通知策略“%1”的%2 &quot;%3&quot; 无法识别；它可能是由更新版本的 AlertDesk 写入的。请升级 AlertDesk。</translation>
    </message>
    <message>
        <source>day</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>message type</source>
        <translation>消息类型</translation>
    </message>
    <message>
        <source>template dialect</source>
        <translation>模板方言</translation>
    </message>
    <message>
        <source>mention</source>
        <translation>@提醒方式</translation>
    </message>
    <message>
        <source>recipient kind</source>
        <translation>通知对象类型</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>运算符</translation>
    </message>
</context>
<context>
    <name>alertdesk::PolicyStepPage</name>
    <message>
        <source>Add the recipient to an &amp;existing policy:</source>
        <translation>将通知对象添加到已有通知策略(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Create a policy</source>
        <translation>创建通知策略(&amp;C)</translation>
    </message>
    <message>
        <source>Notification policy</source>
        <translation>通知策略</translation>
    </message>
    <message>
        <source>Which alerts go to the recipient, when, and how: method DingTalk.</source>
        <translation>哪些告警、在什么时间、以什么方式通知该通知对象：通知方式为钉钉。</translation>
    </message>
    <message>
        <source>Existing notification policy</source>
        <translation>已有通知策略</translation>
    </message>
    <message>
        <source>Recipient: %1</source>
        <translation>通知对象：%1</translation>
    </message>
</context>
<context>
    <name>alertdesk::PolicyTableModel</name>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>ActionCard</source>
        <translation>ActionCard</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>不提醒任何人</translation>
    </message>
    <message>
        <source>Everyone in the group (@all)</source>
        <translation>群内所有人（@all）</translation>
    </message>
    <message>
        <source>The contacts reached, by mobile number</source>
        <translation>通知到的联系人（按手机号）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Matching rules</source>
        <translation>匹配规则</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>通知对象</translation>
    </message>
    <message>
        <source>Notification window</source>
        <translation>通知时段</translation>
    </message>
    <message>
        <source>Every alert</source>
        <translation>所有告警</translation>
    </message>
    <message>
        <source> or </source>
        <comment>between matching rules</comment>
        <translation> 或 </translation>
    </message>
    <message>
        <source>%1 (contact group)</source>
        <translation>%1（联系人组）</translation>
    </message>
    <message>
        <source>%1 (robot)</source>
        <translation>%1（机器人）</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>任何时间</translation>
    </message>
    <message>
        <source>wait %1 before the first notice, %2 between groups, repeat every %3</source>
        <translation>首次通知前等待 %1，分组间隔 %2，每 %3 重复一次</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>通知方式</translation>
    </message>
    <message>
        <source>DingTalk</source>
        <translation>钉钉</translation>
    </message>
    <message>
        <source>Group alerts by</source>
        <translation>告警分组依据</translation>
    </message>
    <message>
        <source>Nothing (one group)</source>
        <translation>无（全部为一组）</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>时间设置</translation>
    </message>
    <message>
        <source>Notify when resolved</source>
        <translation>恢复时通知</translation>
    </message>
    <message>
        <source>Message type</source>
        <translation>消息类型</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>@提醒</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最后修改时间</translation>
    </message>
</context>
<context>
    <name>alertdesk::PolicyText</name>
    <message>
        <source>Condition &quot;%1&quot;: %2</source>
        <translation>条件“%1”：%2</translation>
    </message>
    <message>
        <source>a double quote may only open a quoted value; quote the whole value and write the quote inside it as \&quot;.</source>
        <translation>双引号只能用于开始一个带引号的值；请用引号括住整个值，值中的引号写作 \&quot;。</translation>
    </message>
    <message>
        <source>the quoted value is never closed; add the closing double quote.</source>
        <translation>带引号的值没有结束；请补上结尾的双引号。</translation>
    </message>
    <message>
        <source>there is text after the closing quote; put all of the value inside the quotes.</source>
        <translation>结尾引号之后还有文本；请把整个值都放在引号内。</translation>
    </message>
    <message>
        <source>there is no label name before the operator; write it like severity=critical.</source>
        <translation>运算符前面没有标签名；请写成 severity=critical 这样的形式。</translation>
    </message>
    <message>
        <source>after the label &quot;%1&quot; comes an operator: =, !=, =~, !~, in or notin.</source>
        <translation>标签 &quot;%1&quot; 之后应是运算符：=、!=、=~、!~、in 或 notin。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs one or more values separated by |, such as critical|warning.</source>
        <translation>&quot;%1&quot; 需要一个或多个以 | 分隔的值，例如 critical|warning。</translation>
    </message>
    <message>
        <source>The matching rule is empty; write one or more conditions separated by commas, such as severity=critical, team=db.</source>
        <translation>匹配规则为空；请填写一个或多个以逗号分隔的条件，例如 severity=critical, team=db。</translation>
    </message>
    <message>
        <source>a double quote is never closed; add the closing quote.</source>
        <translation>有双引号没有闭合；请补上结尾的引号。</translation>
    </message>
    <message>
        <source>The matching rule &quot;%1&quot; has an empty condition (two commas in a row, or a comma at either end); remove the extra comma.</source>
        <translation>匹配规则“%1”中有空条件（连续两个逗号，或开头/结尾有逗号）；请删除多余的逗号。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list of days; write days like mon-fri, mon,wed,fri or daily.</source>
        <translation>&quot;%1&quot; 不是有效的星期列表；请写成 mon-fri、mon,wed,fri 或 daily 这样的形式。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day; use mon, tue, wed, thu, fri, sat or sun.</source>
        <translation>&quot;%1&quot; 不是有效的星期；请使用 mon、tue、wed、thu、fri、sat 或 sun。</translation>
    </message>
    <message>
        <source>The days &quot;%1&quot; run backwards; ranges go from Monday towards Sunday, so write it as %2.</source>
        <translation>星期范围 &quot;%1&quot; 是倒序的；范围应从周一到周日方向，请写成 %2。</translation>
    </message>
    <message>
        <source>The days &quot;%1&quot; name %2 twice; list each day once.</source>
        <translation>星期列表 &quot;%1&quot; 中 %2 出现了两次；每天只能写一次。</translation>
    </message>
    <message>
        <source>24:00 is not a time of day; use 00:00 (a window whose end is before its start runs past midnight, e.g. 18:00-00:00).</source>
        <translation>24:00 不是有效的时刻；请使用 00:00（结束时间早于开始时间的时段会跨过午夜，例如 18:00-00:00）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day; write it as HH:MM from 00:00 to 23:59, such as 09:00.</source>
        <translation>&quot;%1&quot; 不是有效的时刻；请按 HH:MM 格式填写 00:00 到 23:59 之间的时间，例如 09:00。</translation>
    </message>
    <message>
        <source>The duration is empty; enter one such as 30s, 5m, 4h or 1h30m.</source>
        <translation>时长为空；请填写时长，例如 30s、5m、4h 或 1h30m。</translation>
    </message>
    <message>
        <source>The duration &quot;%1&quot; is negative; enter a positive one such as 30s, 5m or 4h.</source>
        <translation>时长 &quot;%1&quot; 为负数；请填写正的时长，例如 30s、5m 或 4h。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration; write whole numbers followed by a unit (s, m, h, d or w), such as 30s, 5m or 1h30m.</source>
        <translation>&quot;%1&quot; 不是有效的时长；请写成整数加单位（s、m、h、d 或 w），例如 30s、5m 或 1h30m。</translation>
    </message>
    <message>
        <source>The duration &quot;%1&quot; has a fraction; write whole numbers of smaller units instead, such as 1h30m for 1.5h.</source>
        <translation>时长 &quot;%1&quot; 含有小数；请改用更小单位的整数，例如用 1h30m 表示 1.5h。</translation>
    </message>
    <message>
        <source>The duration &quot;%1&quot; has a number without a unit; add s, m, h, d or w, such as %2m.</source>
        <translation>时长 &quot;%1&quot; 中有数字缺少单位；请加上 s、m、h、d 或 w，例如 %2m。</translation>
    </message>
    <message>
        <source>The duration &quot;%1&quot; uses milliseconds; AlertDesk works in whole seconds, so use s, m, h, d or w.</source>
        <translation>时长 &quot;%1&quot; 使用了毫秒；AlertDesk 以整秒为单位，请使用 s、m、h、d 或 w。</translation>
    </message>
    <message>
        <source>The duration &quot;%1&quot; uses the unknown unit &quot;%2&quot;; use s (seconds), m (minutes), h (hours), d (days) or w (weeks).</source>
        <translation>时长 &quot;%1&quot; 使用了未知单位 &quot;%2&quot;；请使用 s（秒）、m（分钟）、h（小时）、d（天）或 w（周）。</translation>
    </message>
    <message>
        <source>The duration &quot;%1&quot; lists its units out of order; write each unit once, largest first, such as 1h30m.</source>
        <translation>时长 &quot;%1&quot; 中的单位顺序不对；每个单位只写一次，从大到小排列，例如 1h30m。</translation>
    </message>
    <message>
        <source>The duration &quot;%1&quot; is longer than ten years; enter a shorter one.</source>
        <translation>时长 &quot;%1&quot; 超过十年；请填写更短的时长。</translation>
    </message>
    <message>
        <source>The duration &quot;%1&quot; is zero; enter one longer than zero, such as 30s.</source>
        <translation>时长 &quot;%1&quot; 为零；请填写大于零的时长，例如 30s。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a notification window; write days, times and optionally a time zone, such as &quot;mon-fri 09:00-18:00 Asia/Shanghai&quot;.</source>
        <translation>&quot;%1&quot; 不是有效的通知时段；请依次填写星期、时间和可选的时区，例如 &quot;mon-fri 09:00-18:00 Asia/Shanghai&quot;。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time range; write start and end as HH:MM-HH:MM, such as 09:00-18:00.</source>
        <translation>&quot;%1&quot; 不是有效的时间范围；请按 HH:MM-HH:MM 填写开始和结束时间，例如 09:00-18:00。</translation>
    </message>
    <message>
        <source>The window starts and ends at %1; for notifications around the clock leave the window out.</source>
        <translation>该通知时段的开始和结束时间都是 %1；如需全天候通知，请不要设置通知时段。</translation>
    </message>
</context>
<context>
    <name>alertdesk::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>A new language is used the next time AlertDesk starts. Starting AlertDesk with --lang overrides this choice.</source>
        <translation>新语言将在下次启动 AlertDesk 时生效。使用 --lang 启动 AlertDesk 时会覆盖此选项。</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>首选项已保存。</translation>
    </message>
    <message>
        <source>Preferences saved; the new language is used the next time AlertDesk starts.</source>
        <translation>首选项已保存；新语言将在下次启动 AlertDesk 时生效。</translation>
    </message>
    <message>
        <source>Servers&apos; &amp;time zone:</source>
        <translation>服务器时区(&amp;T)：</translation>
    </message>
    <message>
        <source>Servers&apos; time zone</source>
        <translation>服务器时区</translation>
    </message>
    <message>
        <source>The zone your Alertmanager and DingTalk bridge run in (their TZ). Every preview renders times as those servers do, e.g. CST for Asia/Shanghai. Kept in this workspace.</source>
        <translation>Alertmanager 和钉钉桥接服务所在的时区（它们的 TZ）。所有预览都按这些服务器的方式显示时间，例如 Asia/Shanghai 显示为 CST。保存在此工作区中。</translation>
    </message>
</context>
<context>
    <name>alertdesk::PreviewPane</name>
    <message>
        <source>Raw markdown</source>
        <translation>Markdown 原文</translation>
    </message>
    <message>
        <source>Request (token and signature redacted)</source>
        <translation>请求（已隐去 token 和签名）</translation>
    </message>
    <message>
        <source>In DingTalk</source>
        <translation>钉钉中的效果</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Sample alert</source>
        <translation>示例告警</translation>
    </message>
    <message>
        <source>Test sends</source>
        <translation>测试发送</translation>
    </message>
    <message>
        <source>What you were previewing was deleted; now showing the first one left.</source>
        <translation>正在预览的对象已被删除；现在显示剩下的第一个。</translation>
    </message>
    <message>
        <source>Add a robot first: the test goes to a robot.</source>
        <translation>请先添加机器人：测试消息要发送到机器人。</translation>
    </message>
    <message>
        <source>Fix the error first: there is no message to send.</source>
        <translation>请先修正错误：当前没有可发送的消息。</translation>
    </message>
    <message>
        <source>a template has an error (shown under it)</source>
        <translation>模板有错误（见其下方提示）</translation>
    </message>
    <message>
        <source>the sample alert is not valid JSON</source>
        <translation>示例告警不是有效的 JSON</translation>
    </message>
    <message>
        <source>Not updated: %1. Showing the last message that rendered.</source>
        <translation>未更新：%1。显示的是上次成功渲染的消息。</translation>
    </message>
    <message>
        <source>Nothing to show: %1.</source>
        <translation>无可显示的内容：%1。</translation>
    </message>
    <message>
        <source>Nothing to check: %1.</source>
        <translation>无可检查的内容：%1。</translation>
    </message>
    <message>
        <source>Saved: policy &quot;%1&quot; now sends these templates.</source>
        <translation>已保存：通知策略“%1”现在使用这些模板发送。</translation>
    </message>
    <message>
        <source>Not sent: robot &quot;%1&quot; is no longer in the workspace (%2)</source>
        <translation>未发送：机器人“%1”已不在工作区中（%2）</translation>
    </message>
    <message>
        <source>Rendered as the DingTalk bridge renders it, on servers in %1 (Tools → Preferences → Servers&apos; time zone).</source>
        <translation>按钉钉桥接服务的方式渲染，服务器时区为 %1（工具 → 首选项 → 服务器时区）。</translation>
    </message>
    <message>
        <source>Rendered as servers in %1 render it (Tools → Preferences → Servers&apos; time zone).</source>
        <translation>按时区为 %1 的服务器的方式渲染（工具 → 首选项 → 服务器时区）。</translation>
    </message>
</context>
<context>
    <name>alertdesk::RateBudget</name>
    <message numerus="yes">
        <source>Held back: this robot already sent %1 messages in the last minute, DingTalk&apos;s limit; the next free slot is in %n s. Sending more now would get the robot throttled for 10 minutes.</source>
        <translation>
            <numerusform>已暂缓：该机器人在过去一分钟内已发送 %1 条消息，达到钉钉的上限；下一个空闲名额在 %n 秒后。现在继续发送会使机器人被限流 10 分钟。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Held back: DingTalk throttled this robot for sending more than 20 messages a minute; the next free slot is in %n s, when the 10 minutes are over.</source>
        <translation>
            <numerusform>已暂缓：该机器人每分钟发送超过 20 条消息，已被钉钉限流；下一个空闲名额在 %n 秒后，即 10 分钟结束时。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>alertdesk::RecipientsPicker</name>
    <message>
        <source>Filter recipients</source>
        <translation>筛选通知对象</translation>
    </message>
    <message>
        <source>Filter contacts, groups and robots</source>
        <translation>筛选联系人、联系人组和机器人</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>通知对象</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>通知对象</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact groups</source>
        <translation>联系人组</translation>
    </message>
    <message>
        <source>Robots (DingTalk groups reached directly)</source>
        <translation>机器人（直接发送到钉钉群）</translation>
    </message>
    <message>
        <source>no DingTalk chatbot</source>
        <translation>无钉钉机器人</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 个成员</numerusform>
        </translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) picked</source>
        <translation>
            <numerusform>已选择 %n 个通知对象</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>alertdesk::RobotEditor</name>
    <message>
        <source>Add Robot</source>
        <translation>添加机器人</translation>
    </message>
    <message>
        <source>Edit Robot</source>
        <translation>编辑机器人</translation>
    </message>
    <message>
        <source>Saved robot “%1”.</source>
        <translation>已保存机器人“%1”。</translation>
    </message>
</context>
<context>
    <name>alertdesk::RobotForm</name>
    <message>
        <source>Robot sections</source>
        <translation>机器人设置分区</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>ops-alerts</source>
        <translation>ops-alerts</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Picture:</source>
        <translation>头像：</translation>
    </message>
    <message>
        <source>Profile picture</source>
        <translation>头像</translation>
    </message>
    <message>
        <source>&amp;Enabled (AlertDesk sends through this robot)</source>
        <translation>启用（AlertDesk 通过此机器人发送消息）(&amp;E)</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Security settings</source>
        <translation>安全设置</translation>
    </message>
    <message>
        <source>Set the same security settings as in the DingTalk client; DingTalk requires at least one of them.</source>
        <translation>请设置与钉钉客户端中相同的安全设置；钉钉要求至少设置一项。</translation>
    </message>
    <message>
        <source>Custom &amp;keywords:</source>
        <translation>自定义关键词(&amp;K)：</translation>
    </message>
    <message>
        <source>Custom keywords</source>
        <translation>自定义关键词</translation>
    </message>
    <message>
        <source>Signing:</source>
        <translation>加签：</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>加签</translation>
    </message>
    <message>
        <source>&amp;IP ranges:</source>
        <translation>IP地址（段）(&amp;I)：</translation>
    </message>
    <message>
        <source>IP ranges</source>
        <translation>IP地址（段）</translation>
    </message>
    <message>
        <source>Webhook and terms</source>
        <translation>Webhook 与条款</translation>
    </message>
    <message>
        <source>&amp;Webhook:</source>
        <translation>Webhook(&amp;W)：</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook 地址</translation>
    </message>
    <message>
        <source>About the webhook</source>
        <translation>关于 Webhook</translation>
    </message>
    <message>
        <source>I have read and accepted DingTalk Custom Robot Service &amp;Terms of Service</source>
        <translation>我已阅读并同意《钉钉自定义机器人服务及免责条款》(&amp;T)</translation>
    </message>
    <message>
        <source>Terms of Service accepted</source>
        <translation>已同意服务条款</translation>
    </message>
    <message>
        <source>The access token is stored in the keychain and never shown. To replace it, paste the robot&apos;s new webhook URL here; leave the field empty to keep it.</source>
        <translation>access token 保存在钥匙串中，不会显示。如需替换，请在此粘贴机器人的新 Webhook 地址；留空则保留原有的 access token。</translation>
    </message>
    <message>
        <source>Paste the webhook URL DingTalk shows after you add the robot. Its access token goes to the keychain only.</source>
        <translation>请粘贴添加机器人后钉钉显示的 Webhook 地址。其中的 access token 只保存在钥匙串中。</translation>
    </message>
    <message>
        <source>Paste the robot&apos;s webhook URL; AlertDesk cannot send without its token.</source>
        <translation>请粘贴机器人的 Webhook 地址；没有 access token，AlertDesk 无法发送消息。</translation>
    </message>
    <message>
        <source>A robot named “%1” already exists; pick another name.</source>
        <translation>名为“%1”的机器人已存在；请换一个名称。</translation>
    </message>
</context>
<context>
    <name>alertdesk::RobotProfilePage</name>
    <message>
        <source>Profile</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>In the DingTalk group: Group settings → Bots → Add Robot → Custom. Give the robot the same name and picture here.</source>
        <translation>在钉钉群中：群设置 → 机器人 → 添加机器人 → 自定义。在这里为机器人填写相同的名称和头像。</translation>
    </message>
    <message>
        <source>Robot name</source>
        <translation>机器人名称</translation>
    </message>
    <message>
        <source>e.g. Prometheus alerts</source>
        <translation>例如：Prometheus 告警</translation>
    </message>
    <message>
        <source>Robot &amp;name:</source>
        <translation>机器人名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Profile picture:</source>
        <translation>头像：</translation>
    </message>
    <message>
        <source>A robot named &quot;%1&quot; already exists; pick another name.</source>
        <translation>名为“%1”的机器人已存在；请换一个名称。</translation>
    </message>
</context>
<context>
    <name>alertdesk::RobotRepository</name>
    <message>
        <source>read the robots</source>
        <translation>读取机器人</translation>
    </message>
    <message>
        <source>read the robot</source>
        <translation>读取该机器人</translation>
    </message>
    <message>
        <source>There is no robot with id %1; it may have been deleted.</source>
        <translation>不存在 id 为 %1 的机器人；它可能已被删除。</translation>
    </message>
    <message>
        <source>There is no robot named &quot;%1&quot;.</source>
        <translation>不存在名为“%1”的机器人。</translation>
    </message>
    <message>
        <source>A robot named &quot;%1&quot; already exists; pick another name.</source>
        <translation>名为“%1”的机器人已存在；请换一个名称。</translation>
    </message>
    <message>
        <source>save robot &quot;%1&quot;</source>
        <translation>保存机器人“%1”</translation>
    </message>
    <message>
        <source>A robot with id %1 already exists; add it without an id.</source>
        <translation>id 为 %1 的机器人已存在；请不带 id 添加。</translation>
    </message>
    <message>
        <source>delete the robot</source>
        <translation>删除该机器人</translation>
    </message>
    <message>
        <source>There is no robot with id %1; it may have been deleted already.</source>
        <translation>不存在 id 为 %1 的机器人；它可能已经被删除。</translation>
    </message>
    <message>
        <source>find where the robot is used</source>
        <translation>查找该机器人的使用位置</translation>
    </message>
</context>
<context>
    <name>alertdesk::RobotSecurityPage</name>
    <message>
        <source>Security settings</source>
        <translation>安全设置</translation>
    </message>
    <message>
        <source>Copy what you choose in DingTalk&apos;s &quot;Security Settings&quot;. DingTalk needs at least one of them.</source>
        <translation>按照你在钉钉“安全设置”中的选择填写。钉钉要求至少设置一项。</translation>
    </message>
    <message>
        <source>Set at least one: a custom keyword, signing, or an IP range.</source>
        <translation>请至少设置一项：自定义关键词、加签或 IP地址（段）。</translation>
    </message>
    <message>
        <source>Custom keywords</source>
        <translation>自定义关键词</translation>
    </message>
    <message>
        <source>Additional signature</source>
        <translation>加签</translation>
    </message>
    <message>
        <source>IP address (range)</source>
        <translation>IP地址（段）</translation>
    </message>
</context>
<context>
    <name>alertdesk::RobotTableModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Security settings</source>
        <translation>安全设置</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>使用方</translation>
    </message>
    <message>
        <source>Keywords: %1</source>
        <translation>关键词：%1</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>加签</translation>
    </message>
    <message>
        <source>IP ranges: %1</source>
        <translation>IP地址（段）：%1</translation>
    </message>
    <message>
        <source>No security settings</source>
        <translation>无安全设置</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>未使用</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n 个联系人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n policy(s)</source>
        <translation>
            <numerusform>%n 条通知策略</numerusform>
        </translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>%1 (the access token is kept in the system keychain)</source>
        <translation>%1（access token 保存在系统钥匙串中）</translation>
    </message>
    <message>
        <source>Custom keywords</source>
        <translation>自定义关键词</translation>
    </message>
    <message>
        <source>On (the secret is kept in the system keychain)</source>
        <translation>开启（加签密钥保存在系统钥匙串中）</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>IP ranges</source>
        <translation>IP地址（段）</translation>
    </message>
    <message>
        <source>Terms of Service accepted</source>
        <translation>已同意服务条款</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>尚未同意</translation>
    </message>
    <message>
        <source>DingTalk chatbot of</source>
        <translation>以其为钉钉机器人的联系人</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>无联系人</translation>
    </message>
    <message>
        <source>Recipient of</source>
        <translation>以其为通知对象的通知策略</translation>
    </message>
    <message>
        <source>No policy</source>
        <translation>无通知策略</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最后修改时间</translation>
    </message>
</context>
<context>
    <name>alertdesk::RobotTermsPage</name>
    <message>
        <source>I have read and accepted DingTalk Custom Robot Service Terms of Service</source>
        <translation>我已阅读并同意《钉钉自定义机器人服务及免责条款》</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>DingTalk asks you to accept its terms before it creates the robot. AlertDesk records when you did.</source>
        <translation>钉钉要求在创建机器人之前同意其条款。AlertDesk 会记录你同意的时间。</translation>
    </message>
    <message>
        <source>Accept DingTalk Custom Robot Service Terms of Service</source>
        <translation>同意《钉钉自定义机器人服务及免责条款》</translation>
    </message>
    <message>
        <source>Tick the same box in the DingTalk client, then press Finish there: DingTalk shows the robot&apos;s webhook URL, which the next step asks for.</source>
        <translation>在钉钉客户端中勾选同一选项，然后在那里点击“完成”：钉钉会显示机器人的 Webhook 地址，下一步需要填写该地址。</translation>
    </message>
</context>
<context>
    <name>alertdesk::RobotWatch</name>
    <message>
        <source>No robot: add one to send test alerts.</source>
        <translation>没有机器人：请添加一个机器人以发送测试告警。</translation>
    </message>
</context>
<context>
    <name>alertdesk::RobotWebhookPage</name>
    <message>
        <source>Send a test message as soon as the robot is saved</source>
        <translation>保存机器人后立即发送一条测试消息</translation>
    </message>
    <message>
        <source>&amp;Copy webhook</source>
        <translation>复制 Webhook(&amp;C)</translation>
    </message>
    <message>
        <source>Send a &amp;test message now</source>
        <translation>立即发送测试消息(&amp;T)</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Copy the webhook URL DingTalk shows after you add the robot and paste it here. Its access token goes to the keychain, never into the workspace file.</source>
        <translation>复制添加机器人后钉钉显示的 Webhook 地址并粘贴到这里。其中的 access token 保存在钥匙串中，绝不会写入工作区文件。</translation>
    </message>
    <message>
        <source>Send a test message after saving</source>
        <translation>保存后发送测试消息</translation>
    </message>
    <message>
        <source>Copy the webhook URL to the clipboard</source>
        <translation>将 Webhook 地址复制到剪贴板</translation>
    </message>
    <message>
        <source>Send a test message now</source>
        <translation>立即发送测试消息</translation>
    </message>
    <message>
        <source>Test message result</source>
        <translation>测试消息结果</translation>
    </message>
    <message>
        <source>Saving: the token and secret go to the keychain first, then the robot…</source>
        <translation>正在保存：先将 access token 和加签密钥保存到钥匙串，再保存机器人…</translation>
    </message>
    <message>
        <source>Not saved: %1 Nothing was stored; fix it and press Finish again.</source>
        <translation>未保存：%1 未存储任何内容；请修正后再次点击“完成”。</translation>
    </message>
    <message>
        <source>Sending the test message…</source>
        <translation>正在发送测试消息…</translation>
    </message>
    <message>
        <source>Send the test message &amp;again</source>
        <translation>再次发送测试消息(&amp;A)</translation>
    </message>
</context>
<context>
    <name>alertdesk::SampleAlertEditor</name>
    <message>
        <source>Labels of the sample alert</source>
        <translation>示例告警的标签</translation>
    </message>
    <message>
        <source>Annotations of the sample alert</source>
        <translation>示例告警的注解</translation>
    </message>
    <message>
        <source>Sample alert</source>
        <translation>示例告警</translation>
    </message>
    <message>
        <source>AlertDesk test alert</source>
        <translation>AlertDesk 测试告警</translation>
    </message>
    <message>
        <source>One firing alert</source>
        <translation>单条告警（告警中）</translation>
    </message>
    <message>
        <source>Several alerts, firing and resolved</source>
        <translation>多条告警（告警中和已恢复）</translation>
    </message>
    <message>
        <source>All resolved</source>
        <translation>全部已恢复</translation>
    </message>
    <message>
        <source>Chinese text</source>
        <translation>中文文本</translation>
    </message>
    <message>
        <source>Sparse labels (Watchdog)</source>
        <translation>少量标签（Watchdog）</translation>
    </message>
    <message>
        <source>Twenty alerts</source>
        <translation>二十条告警</translation>
    </message>
    <message>
        <source>Alertmanager webhook JSON</source>
        <translation>Alertmanager Webhook JSON</translation>
    </message>
    <message>
        <source>Alert shown in the form</source>
        <translation>表单中显示的告警</translation>
    </message>
    <message>
        <source>Alert:</source>
        <translation>告警：</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Annotations:</source>
        <translation>注解：</translation>
    </message>
    <message>
        <source>Labels and annotations</source>
        <translation>标签和注解</translation>
    </message>
    <message>
        <source>Webhook JSON</source>
        <translation>Webhook JSON</translation>
    </message>
    <message>
        <source>Sample alert:</source>
        <translation>示例告警：</translation>
    </message>
    <message>
        <source>The payload must be a JSON object.</source>
        <translation>数据必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>The sample is not valid JSON at line %1, column %2: %3. The preview waits for it to parse.</source>
        <translation>示例不是有效的 JSON（第 %1 行第 %2 列）：%3。解析成功后预览才会更新。</translation>
    </message>
    <message numerus="yes">
        <source>of %n alert(s)</source>
        <translation>
            <numerusform>共 %n 条告警</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>alertdesk::ScreenshotTaker</name>
    <message numerus="yes">
        <source>The keychain check did not answer within %n second(s); saving the window as it is.</source>
        <translation>
            <numerusform>钥匙串检查在 %n 秒内没有响应；按当前状态保存窗口截图。</numerusform>
        </translation>
    </message>
    <message>
        <source>The window closed before its screenshot was taken.</source>
        <translation>截图之前窗口已关闭。</translation>
    </message>
    <message>
        <source>Could not save the screenshot to %1. Check that the folder exists and is writable.</source>
        <translation>无法将截图保存到 %1。请检查该文件夹是否存在且可写。</translation>
    </message>
</context>
<context>
    <name>alertdesk::SendBar</name>
    <message>
        <source>Send &amp;test alert</source>
        <translation>发送测试告警(&amp;T)</translation>
    </message>
    <message>
        <source>Send test alert</source>
        <translation>发送测试告警</translation>
    </message>
    <message>
        <source>Result of the test send</source>
        <translation>测试发送结果</translation>
    </message>
    <message>
        <source>Sending to robot &quot;%1&quot;…</source>
        <translation>正在发送到机器人“%1”…</translation>
    </message>
    <message>
        <source>(Not recorded in the history: %1)</source>
        <translation>（未记录到历史中：%1）</translation>
    </message>
</context>
<context>
    <name>alertdesk::SendHistoryView</name>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>DingTalk error %1: %2</source>
        <translation>钉钉错误 %1：%2</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP 状态码 %1</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>网络错误：%1</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>未及时应答</translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation>应答无法读取</translation>
    </message>
    <message>
        <source>Held back (20 a minute)</source>
        <translation>已暂缓（每分钟 20 条）</translation>
    </message>
    <message>
        <source>Test send history</source>
        <translation>测试发送历史</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Robot</source>
        <translation>机器人</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>通知策略</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>alertdesk::SendOutcome</name>
    <message>
        <source>The webhook server answered with HTTP status %1 (a server error) instead of DingTalk&apos;s answer. If a proxy sits between this computer and DingTalk, check it; otherwise try again in a few minutes.</source>
        <translation>Webhook 服务器返回了 HTTP 状态码 %1（服务器错误），而不是钉钉的应答。如果本机与钉钉之间有代理，请检查代理；否则请几分钟后重试。</translation>
    </message>
    <message>
        <source>The webhook server answered with HTTP status %1 instead of DingTalk&apos;s answer; DingTalk itself always answers with status 200. Check the robot&apos;s webhook URL and the proxy setting.</source>
        <translation>Webhook 服务器返回了 HTTP 状态码 %1，而不是钉钉的应答；钉钉本身总是以状态码 200 应答。请检查机器人的 Webhook 地址和代理设置。</translation>
    </message>
    <message>
        <source>The message did not reach DingTalk (%1). Check this computer&apos;s network connection, the proxy setting and the robot&apos;s webhook URL, then send again.</source>
        <translation>消息未能送达钉钉（%1）。请检查本机的网络连接、代理设置和机器人的 Webhook 地址，然后重新发送。</translation>
    </message>
    <message>
        <source>No complete answer came within %1 seconds, so AlertDesk gave up. The network or a proxy may be slow or blocking the connection; check them. The message may still have arrived: look in the group before sending again.</source>
        <translation>%1 秒内没有收到完整应答，AlertDesk 已放弃等待。网络或代理可能很慢或阻断了连接，请检查。消息仍可能已送达：重新发送前请先到群中查看。</translation>
    </message>
    <message>
        <source>The webhook answered, but not with DingTalk&apos;s answer (%1). The URL may lead to a login page, a proxy or another server: check the robot&apos;s webhook URL and the proxy setting. The message may not have arrived.</source>
        <translation>Webhook 有应答，但不是钉钉的应答（%1）。该地址可能指向登录页、代理或其他服务器：请检查机器人的 Webhook 地址和代理设置。消息可能没有送达。</translation>
    </message>
    <message>
        <source>The webhook server&apos;s certificate was not trusted (%1), so AlertDesk did not send the message. Something between this computer and DingTalk may be intercepting the connection: check the robot&apos;s webhook URL and the proxy setting. If your network inspects encrypted traffic on purpose, install its certificate authority on this computer.</source>
        <translation>Webhook 服务器的证书不受信任（%1），因此 AlertDesk 没有发送消息。本机与钉钉之间可能有程序在拦截连接：请检查机器人的 Webhook 地址和代理设置。如果你的网络是有意检查加密流量的，请在本机安装其证书颁发机构（CA）的证书。</translation>
    </message>
    <message>
        <source>The webhook answered with more than %1 MB, far more than DingTalk ever sends, so AlertDesk stopped reading it. The URL may lead to a download, a proxy or another server: check the robot&apos;s webhook URL and the proxy setting. The message may not have arrived.</source>
        <translation>Webhook 返回的数据超过 %1 MB，远多于钉钉的任何应答，因此 AlertDesk 已停止读取。该地址可能指向下载文件、代理或其他服务器：请检查机器人的 Webhook 地址和代理设置。消息可能没有送达。</translation>
    </message>
</context>
<context>
    <name>alertdesk::SendSlotRepository</name>
    <message>
        <source>read the robot&apos;s send budget</source>
        <translation>读取机器人的发送额度</translation>
    </message>
    <message>
        <source>update the robot&apos;s send budget</source>
        <translation>更新机器人的发送额度</translation>
    </message>
</context>
<context>
    <name>alertdesk::SettingsRepository</name>
    <message>
        <source>read the workspace settings</source>
        <translation>读取工作区设置</translation>
    </message>
    <message>
        <source>save the workspace settings</source>
        <translation>保存工作区设置</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this system knows. Give the zone the servers run in as an IANA name, such as Asia/Shanghai, UTC or Europe/Berlin (see timedatectl list-timezones).</source>
        <translation>本系统不认识时区“%1”。请用 IANA 时区名填写服务器所在的时区，例如 Asia/Shanghai、UTC 或 Europe/Berlin（可用 timedatectl list-timezones 查看）。</translation>
    </message>
</context>
<context>
    <name>alertdesk::SigningSecretField</name>
    <message>
        <source>&amp;Signing (加签): sign every message with the robot&apos;s secret</source>
        <translation>加签：使用机器人的加签密钥为每条消息签名(&amp;S)</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>加签</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>加签密钥</translation>
    </message>
    <message>
        <source>A secret is stored in the keychain; paste a new one to replace it</source>
        <translation>钥匙串中已保存加签密钥；粘贴新的密钥即可替换</translation>
    </message>
    <message>
        <source>Paste the secret DingTalk shows under Additional Signature (SEC…)</source>
        <translation>粘贴钉钉在“加签”下显示的密钥（SEC…）</translation>
    </message>
</context>
<context>
    <name>alertdesk::TargetPicker</name>
    <message>
        <source>Preview for robot or policy</source>
        <translation>预览对象（机器人或通知策略）</translation>
    </message>
    <message>
        <source>Robot to send the test to</source>
        <translation>测试消息发送到的机器人</translation>
    </message>
    <message>
        <source>Preview for:</source>
        <translation>预览对象：</translation>
    </message>
    <message>
        <source>Send to robot:</source>
        <translation>发送到机器人：</translation>
    </message>
    <message>
        <source>Robot: %1</source>
        <translation>机器人：%1</translation>
    </message>
    <message>
        <source>Policy: %1</source>
        <translation>通知策略：%1</translation>
    </message>
    <message>
        <source>%1 (reached by the policy)</source>
        <translation>%1（该通知策略会发送到此机器人）</translation>
    </message>
</context>
<context>
    <name>alertdesk::TemplatesPanel</name>
    <message>
        <source>Title template</source>
        <translation>标题模板</translation>
    </message>
    <message>
        <source>Text template</source>
        <translation>正文模板</translation>
    </message>
    <message>
        <source>&amp;Save templates to policy</source>
        <translation>将模板保存到通知策略(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <source>Message type</source>
        <translation>消息类型</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>ActionCard</source>
        <translation>ActionCard</translation>
    </message>
    <message>
        <source>Save templates to policy</source>
        <translation>将模板保存到通知策略</translation>
    </message>
    <message>
        <source>Revert templates</source>
        <translation>还原模板</translation>
    </message>
    <message>
        <source>Message type:</source>
        <translation>消息类型：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>正文：</translation>
    </message>
    <message>
        <source>AlertDesk&apos;s default templates, to try things out: to keep templates, preview a policy and save them to it.</source>
        <translation>AlertDesk 的默认模板，供试用：如需保留模板，请预览某个通知策略并将模板保存到该策略。</translation>
    </message>
    <message>
        <source>Edited: not saved to the policy yet.</source>
        <translation>已编辑：尚未保存到通知策略。</translation>
    </message>
    <message>
        <source>The policy has no templates of its own: it sends AlertDesk&apos;s defaults, shown here.</source>
        <translation>该通知策略没有自己的模板：它使用此处显示的 AlertDesk 默认模板发送。</translation>
    </message>
    <message>
        <source>The policy&apos;s stored templates.</source>
        <translation>该通知策略已保存的模板。</translation>
    </message>
</context>
<context>
    <name>alertdesk::TestAlert</name>
    <message>
        <source>Robot: %1</source>
        <translation>机器人：%1</translation>
    </message>
    <message>
        <source>Policy: %1</source>
        <translation>通知策略：%1</translation>
    </message>
    <message>
        <source>Sent at: %1</source>
        <translation>发送时间：%1</translation>
    </message>
    <message>
        <source>A test message from AlertDesk. If it shows in the group, the robot is set up right.</source>
        <translation>这是一条来自 AlertDesk 的测试消息。如果它出现在群里，说明机器人设置正确。</translation>
    </message>
    <message numerus="yes">
        <source>A test message from AlertDesk with %n sample alert(s).</source>
        <translation>
            <numerusform>这是一条来自 AlertDesk 的测试消息，包含 %n 条示例告警。</numerusform>
        </translation>
    </message>
    <message>
        <source>(no alertname)</source>
        <translation>（无 alertname）</translation>
    </message>
    <message>
        <source>RESOLVED</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>FIRING</source>
        <translation>告警中</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>开始时间：%1</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more alert(s).</source>
        <translation>
            <numerusform>……另有 %n 条告警。</numerusform>
        </translation>
    </message>
    <message>
        <source>About DingTalk custom robots</source>
        <translation>关于钉钉自定义机器人</translation>
    </message>
    <message>
        <source>The alerts file is not valid JSON (%1 at byte %2); give Alertmanager&apos;s webhook payload or a list of alerts.</source>
        <translation>告警文件不是有效的 JSON（第 %2 字节处：%1）；请提供 Alertmanager 的 webhook 数据或告警列表。</translation>
    </message>
    <message>
        <source>The alerts file has no &quot;alerts&quot; list; give Alertmanager&apos;s webhook payload or a list of alerts.</source>
        <translation>告警文件中没有“alerts”列表；请提供 Alertmanager 的 webhook 数据或告警列表。</translation>
    </message>
    <message>
        <source>Alert %1 of the alerts file has no labels; every alert needs at least its alertname label.</source>
        <translation>告警文件中的第 %1 条告警没有标签；每条告警至少需要 alertname 标签。</translation>
    </message>
</context>
<context>
    <name>alertdesk::TestSendReport</name>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>Held back: %1</source>
        <translation>已暂缓：%1</translation>
    </message>
    <message>
        <source>✔ Delivered to robot &quot;%1&quot; in %2 ms: check the DingTalk group for the test message.</source>
        <translation>✔ 已送达机器人“%1”（用时 %2 ms）：请到钉钉群中查看测试消息。</translation>
    </message>
    <message>
        <source>✘ DingTalk refused it (errcode %1, &quot;%2&quot;). %3</source>
        <translation>✘ 钉钉拒绝了该消息（errcode %1，“%2”）。%3</translation>
    </message>
    <message>
        <source>✘ Not delivered. %1</source>
        <translation>✘ 未送达。%1</translation>
    </message>
</context>
<context>
    <name>alertdesk::TestSendRepository</name>
    <message>
        <source>record the test send</source>
        <translation>记录测试发送</translation>
    </message>
    <message>
        <source>read the test send history</source>
        <translation>读取测试发送历史</translation>
    </message>
</context>
<context>
    <name>alertdesk::Validation</name>
    <message>
        <source>The name is empty; enter 1 to %1 characters.</source>
        <translation>名称为空；请输入 1 到 %1 个字符。</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; starts or ends with spaces; remove them.</source>
        <translation>名称“%1”的开头或结尾有空格；请删除。</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; contains a line break, tab or other control character; remove it.</source>
        <translation>名称“%1”中含有换行符、制表符或其他控制字符；请删除。</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is %2 characters long; shorten it to at most %3.</source>
        <translation>名称“%1”长 %2 个字符；请缩短到不超过 %3 个字符。</translation>
    </message>
    <message>
        <source>A keyword is empty; enter 1 to %1 characters or remove it.</source>
        <translation>有一个关键词为空；请输入 1 到 %1 个字符，或删除该关键词。</translation>
    </message>
    <message>
        <source>Keyword &quot;%1&quot; starts or ends with spaces, which DingTalk would require in every message; remove them.</source>
        <translation>关键词 &quot;%1&quot; 的开头或结尾有空格，钉钉会要求每条消息都包含这些空格；请删除。</translation>
    </message>
    <message>
        <source>Keyword &quot;%1&quot; contains a line break, tab or other control character; remove it.</source>
        <translation>关键词 &quot;%1&quot; 中含有换行符、制表符或其他控制字符；请删除。</translation>
    </message>
    <message>
        <source>Keyword &quot;%1&quot; is %2 characters long; DingTalk allows at most %3, so shorten it.</source>
        <translation>关键词 &quot;%1&quot; 长 %2 个字符；钉钉最多允许 %3 个字符，请缩短。</translation>
    </message>
    <message>
        <source>An IP range is empty; enter an IPv4 address such as 203.0.113.7 or a CIDR block such as 203.0.113.0/24, or remove it.</source>
        <translation>有一个 IP地址（段）为空；请输入 IPv4 地址（例如 203.0.113.7）或 CIDR 地址段（例如 203.0.113.0/24），或将其删除。</translation>
    </message>
    <message>
        <source>IP range &quot;%1&quot; contains spaces; remove them.</source>
        <translation>IP地址（段）&quot;%1&quot; 中含有空格；请删除。</translation>
    </message>
    <message>
        <source>DingTalk cannot whitelist IPv6 addresses; &quot;%1&quot; is IPv6, so enter the IPv4 address or range your alerts are sent from instead.</source>
        <translation>钉钉不支持将 IPv6 地址加入白名单；&quot;%1&quot; 是 IPv6 地址，请改为填写发送告警所用的 IPv4 地址或地址段。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address; write four numbers from 0 to 255 without leading zeros, such as 203.0.113.7 or 203.0.113.0/24.</source>
        <translation>&quot;%1&quot; 不是有效的 IPv4 地址；请写成四个 0 到 255 之间且没有前导零的数字，例如 203.0.113.7 或 203.0.113.0/24。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an invalid prefix length; write a CIDR block with a prefix from /0 to /32, such as 203.0.113.0/24.</source>
        <translation>&quot;%1&quot; 的前缀长度无效；请填写前缀在 /0 到 /32 之间的 CIDR 地址段，例如 203.0.113.0/24。</translation>
    </message>
    <message>
        <source>Phone number &quot;%1&quot; contains spaces; write it as digits only, with the country code followed by a dash if needed, such as 13800138000 or +86-13800138000.</source>
        <translation>手机号 &quot;%1&quot; 中含有空格；请只填写数字，需要时在国家码后加短横线，例如 13800138000 或 +86-13800138000。</translation>
    </message>
    <message>
        <source>Phone number &quot;%1&quot; has no dash after the country code; write it as +CC-number, such as +86-13800138000 or +852-12345678.</source>
        <translation>手机号 &quot;%1&quot; 的国家码后缺少短横线；请写成 +国家码-号码，例如 +86-13800138000 或 +852-12345678。</translation>
    </message>
    <message>
        <source>Phone number &quot;%1&quot; is not in the expected format: 5 to 20 digits, optionally after a country code written as +CC-, such as 13800138000 or +852-12345678.</source>
        <translation>手机号 &quot;%1&quot; 的格式不正确：应为 5 到 20 位数字，前面可加 +国家码- 形式的国家码，例如 13800138000 或 +852-12345678。</translation>
    </message>
    <message>
        <source>E-mail address &quot;%1&quot; does not look like name@example.com; check it for typos and spaces.</source>
        <translation>电子邮件地址 &quot;%1&quot; 不符合 name@example.com 的格式；请检查是否有拼写错误或空格。</translation>
    </message>
    <message>
        <source>A label name is empty; enter one such as alertname or severity.</source>
        <translation>有一个标签名为空；请填写标签名，例如 alertname 或 severity。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a label name; label names use letters, digits and underscores and do not start with a digit, such as alertname or k8s_namespace.</source>
        <translation>&quot;%1&quot; 不是有效的标签名；标签名只能包含字母、数字和下划线，且不能以数字开头，例如 alertname 或 k8s_namespace。</translation>
    </message>
    <message>
        <source>The time zone is empty; enter an IANA time zone such as Asia/Shanghai or UTC.</source>
        <translation>时区为空；请填写 IANA 时区，例如 Asia/Shanghai 或 UTC。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this system knows; enter an IANA time zone such as Asia/Shanghai, Europe/Berlin or UTC.</source>
        <translation>本系统不认识时区 &quot;%1&quot;；请填写 IANA 时区，例如 Asia/Shanghai、Europe/Berlin 或 UTC。</translation>
    </message>
    <message>
        <source>The webhook endpoint &quot;%1&quot; is not a valid URL; use https://oapi.dingtalk.com/robot/send unless you send through a proxy.</source>
        <translation>Webhook 接口地址 &quot;%1&quot; 不是有效的 URL；除非通过代理发送，否则请使用 https://oapi.dingtalk.com/robot/send。</translation>
    </message>
    <message>
        <source>The webhook endpoint &quot;%1&quot; does not start with https://; use an https URL.</source>
        <translation>Webhook 接口地址 &quot;%1&quot; 不是以 https:// 开头；请使用 https 地址。</translation>
    </message>
    <message>
        <source>The webhook endpoint &quot;%1&quot; uses plain http, which would send the access token unencrypted; use https (http is allowed only for this computer, such as 127.0.0.1 or localhost).</source>
        <translation>Webhook 接口地址 &quot;%1&quot; 使用明文 http，access token 将以未加密方式发送；请使用 https（只有本机地址才允许 http，例如 127.0.0.1 或 localhost）。</translation>
    </message>
    <message>
        <source>The webhook endpoint contains a user name or password; remove the part before @ in the host.</source>
        <translation>Webhook 接口地址中含有用户名或密码；请删除主机名中 @ 之前的部分。</translation>
    </message>
    <message>
        <source>The webhook endpoint &quot;%1&quot; has a query (the part after ?); the endpoint ends at the path, the access token is kept separately.</source>
        <translation>Webhook 接口地址 &quot;%1&quot; 带有查询参数（? 之后的部分）；接口地址到路径为止，access token 单独保存。</translation>
    </message>
    <message>
        <source>The webhook endpoint &quot;%1&quot; has a fragment (the part after #); remove it.</source>
        <translation>Webhook 接口地址 &quot;%1&quot; 带有片段（# 之后的部分）；请删除。</translation>
    </message>
    <message>
        <source>The access token is missing; paste the whole webhook URL DingTalk shows under Webhook.</source>
        <translation>缺少 access token；请粘贴钉钉在 Webhook 处显示的完整地址。</translation>
    </message>
    <message>
        <source>The access token contains spaces or line breaks; copy it again without them.</source>
        <translation>access token 中含有空格或换行符；请重新复制，不要带上它们。</translation>
    </message>
    <message>
        <source>The access token contains characters other than letters, digits, - and _; copy it again from the webhook URL DingTalk shows.</source>
        <translation>access token 中含有字母、数字、- 和 _ 以外的字符；请从钉钉显示的 Webhook 地址中重新复制。</translation>
    </message>
    <message>
        <source>The access token is %1 characters long; DingTalk&apos;s tokens are 64 characters (8 to 256 are accepted), so copy the whole webhook URL again.</source>
        <translation>access token 长 %1 个字符；钉钉的 access token 为 64 个字符（可接受 8 到 256 个），请重新复制完整的 Webhook 地址。</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; condition on label &quot;%2&quot; needs exactly one value; it has %3.</source>
        <translation>标签 &quot;%2&quot; 上的 &quot;%1&quot; 条件需要且只需要一个值；现在有 %3 个。</translation>
    </message>
    <message>
        <source>The regular expression &quot;%1&quot; for label &quot;%2&quot; is invalid: %3 at offset %4; fix it or use = for a plain value.</source>
        <translation>标签 &quot;%2&quot; 的正则表达式 &quot;%1&quot; 无效：%3（位置 %4）；请修正，或对普通值使用 =。</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; condition on label &quot;%2&quot; has no values; list one or more values separated by |, such as critical|warning.</source>
        <translation>标签 &quot;%2&quot; 上的 &quot;%1&quot; 条件没有值；请列出一个或多个以 | 分隔的值，例如 critical|warning。</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; condition on label &quot;%2&quot; has an empty value; remove it (use = &quot;&quot; to match a missing label).</source>
        <translation>标签 &quot;%2&quot; 上的 &quot;%1&quot; 条件中有空值；请删除（要匹配不存在的标签，请使用 = &quot;&quot;）。</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; condition on label &quot;%2&quot; lists &quot;%3&quot; twice; remove one of them.</source>
        <translation>标签 &quot;%2&quot; 上的 &quot;%1&quot; 条件中 &quot;%3&quot; 出现了两次；请删除其中一个。</translation>
    </message>
    <message>
        <source>The notes are %1 characters long; shorten them to at most %2.</source>
        <translation>备注长 %1 个字符；请缩短到不超过 %2 个字符。</translation>
    </message>
    <message>
        <source>The description is %1 characters long; shorten it to at most %2.</source>
        <translation>说明长 %1 个字符；请缩短到不超过 %2 个字符。</translation>
    </message>
    <message>
        <source>The picture is %1 KiB; pick one of at most 1 MiB.</source>
        <translation>图片大小为 %1 KiB；请选择不超过 1 MiB 的图片。</translation>
    </message>
    <message>
        <source>The picture is neither a PNG nor a JPEG file; pick a PNG or JPEG picture.</source>
        <translation>该图片既不是 PNG 也不是 JPEG 文件；请选择 PNG 或 JPEG 图片。</translation>
    </message>
    <message>
        <source>The picture&apos;s size cannot be read (the file looks truncated or damaged); pick another picture.</source>
        <translation>无法读取图片尺寸（文件似乎不完整或已损坏）；请选择其他图片。</translation>
    </message>
    <message>
        <source>The picture is %1x%2 pixels; a robot&apos;s picture is at most %3x%3 pixels, so scale it down.</source>
        <translation>图片为 %1x%2 像素；机器人头像最大为 %3x%3 像素，请缩小。</translation>
    </message>
    <message>
        <source>Signing is off, so the robot must not have a signing secret; turn signing on or clear the secret.</source>
        <translation>加签已关闭，机器人不应有加签密钥；请开启加签或清除密钥。</translation>
    </message>
    <message>
        <source>Signing is on but there is no signing secret; paste the secret DingTalk shows under Additional Signature (it starts with SEC).</source>
        <translation>已开启加签，但没有加签密钥；请粘贴钉钉在“加签”下显示的密钥（以 SEC 开头）。</translation>
    </message>
    <message>
        <source>The signing secret contains spaces or line breaks; copy it again without them.</source>
        <translation>加签密钥中含有空格或换行符；请重新复制，不要带上它们。</translation>
    </message>
    <message>
        <source>The signing secret does not start with SEC; copy the whole secret DingTalk shows under Additional Signature.</source>
        <translation>加签密钥不是以 SEC 开头；请复制钉钉在“加签”下显示的完整密钥。</translation>
    </message>
    <message>
        <source>The signing secret contains characters that DingTalk never puts in one; copy it again from DingTalk.</source>
        <translation>加签密钥中含有钉钉密钥不会出现的字符；请从钉钉重新复制。</translation>
    </message>
    <message>
        <source>The signing secret is %1 characters long; DingTalk&apos;s secrets are SEC followed by 64 characters (10 to 256 are accepted), so copy the whole secret again.</source>
        <translation>加签密钥长 %1 个字符；钉钉的密钥为 SEC 加 64 个字符（可接受 10 到 256 个），请重新复制完整的密钥。</translation>
    </message>
    <message>
        <source>A robot has at most %1 custom keywords (DingTalk&apos;s limit); this one has %2. Remove some of them.</source>
        <translation>一个机器人最多有 %1 个自定义关键词（钉钉的限制）；当前有 %2 个。请删除一些。</translation>
    </message>
    <message>
        <source>Keyword &quot;%1&quot; is listed twice; remove one of them.</source>
        <translation>关键词 &quot;%1&quot; 出现了两次；请删除其中一个。</translation>
    </message>
    <message>
        <source>A robot has at most %1 IP addresses or ranges (DingTalk&apos;s limit); this one has %2. Merge some into CIDR blocks or remove them.</source>
        <translation>一个机器人最多有 %1 个 IP地址（段）（钉钉的限制）；当前有 %2 个。请将部分地址合并为 CIDR 地址段，或删除一些。</translation>
    </message>
    <message>
        <source>IP range &quot;%1&quot; is listed twice; remove one of them.</source>
        <translation>IP地址（段）&quot;%1&quot; 出现了两次；请删除其中一个。</translation>
    </message>
    <message>
        <source>IP range &quot;%1&quot; covers the same addresses as &quot;%2&quot;; remove one of them.</source>
        <translation>IP地址（段）&quot;%1&quot; 与 &quot;%2&quot; 覆盖的地址相同；请删除其中一个。</translation>
    </message>
    <message>
        <source>The duration is %1; it must be longer than zero (for example 30s, 5m or 4h).</source>
        <translation>时长为 %1；它必须大于零（例如 30s、5m 或 4h）。</translation>
    </message>
    <message>
        <source>The repeat interval (%1) is shorter than the group interval (%2), so Alertmanager would repeat notifications only at the group interval; make the repeat interval at least %2.</source>
        <translation>重复间隔（%1）比分组间隔（%2）短，Alertmanager 实际只会按分组间隔重复通知；请将重复间隔设为至少 %2。</translation>
    </message>
    <message>
        <source>&quot;...&quot; (group by all labels) cannot be combined with label names; use either &quot;...&quot; alone or a list of labels.</source>
        <translation>&quot;...&quot;（按所有标签分组）不能与标签名同时使用；请单独使用 &quot;...&quot;，或只列出标签。</translation>
    </message>
    <message>
        <source>Label &quot;%1&quot; is listed twice in group by; remove one of them.</source>
        <translation>标签 &quot;%1&quot; 在分组依据中出现了两次；请删除其中一个。</translation>
    </message>
    <message>
        <source>A policy without recipients reaches nobody; add a contact, a contact group or a robot.</source>
        <translation>没有通知对象的通知策略不会通知到任何人；请添加联系人、联系人组或机器人。</translation>
    </message>
    <message>
        <source>A recipient has no id; pick the contact, group or robot again.</source>
        <translation>有一个通知对象没有 id；请重新选择联系人、联系人组或机器人。</translation>
    </message>
    <message>
        <source>The %1 with id %2 is listed twice among the recipients; remove one of them.</source>
        <translation>id 为 %2 的 %1 在通知对象中出现了两次；请删除其中一个。</translation>
    </message>
    <message>
        <source>The notification window has no days; pick at least one day or remove the window.</source>
        <translation>通知时段没有选择星期；请至少选择一天，或删除该通知时段。</translation>
    </message>
    <message>
        <source>The notification window has an unknown day (%1); pick days from Monday to Sunday.</source>
        <translation>通知时段中有未知的星期（%1）；请从周一到周日中选择。</translation>
    </message>
    <message>
        <source>The notification window lists %1 twice; remove one of them.</source>
        <translation>通知时段中 %1 出现了两次；请删除其中一个。</translation>
    </message>
    <message>
        <source>The notification window needs a start and an end time, such as 09:00-18:00.</source>
        <translation>通知时段需要开始和结束时间，例如 09:00-18:00。</translation>
    </message>
    <message>
        <source>The notification window starts and ends at %1; for notifications around the clock remove the window.</source>
        <translation>通知时段的开始和结束时间都是 %1；如需全天候通知，请删除该通知时段。</translation>
    </message>
    <message>
        <source>The title template is %1 characters long; DingTalk takes at most 20000 bytes per message, so shorten it to at most %2 characters.</source>
        <translation>标题模板长 %1 个字符；钉钉每条消息最多 20000 字节，请缩短到不超过 %2 个字符。</translation>
    </message>
    <message>
        <source>The text template is %1 characters long; DingTalk takes at most 20000 bytes per message, so shorten it to at most %2 characters.</source>
        <translation>正文模板长 %1 个字符；钉钉每条消息最多 20000 字节，请缩短到不超过 %2 个字符。</translation>
    </message>
    <message>
        <source>DingTalk refuses a robot without a security setting; add custom keywords (such as Alarm and Dispatch), turn on signing or add an IP range.</source>
        <translation>钉钉不接受没有安全设置的机器人；请添加自定义关键词（例如 Alarm 和 Dispatch）、开启加签，或添加 IP地址（段）。</translation>
    </message>
    <message>
        <source>The DingTalk Custom Robot Service Terms of Service have not been accepted; read them and tick &quot;I have read and accepted&quot; to use the robot.</source>
        <translation>尚未同意《钉钉自定义机器人服务及免责条款》；请阅读条款并勾选“我已阅读并同意”后再使用该机器人。</translation>
    </message>
    <message>
        <source>DingTalk user id &quot;%1&quot; contains spaces; remove them.</source>
        <translation>钉钉用户 ID &quot;%1&quot; 中含有空格；请删除。</translation>
    </message>
    <message>
        <source>DingTalk user id &quot;%1&quot; is %2 characters long; a user id has at most %3.</source>
        <translation>钉钉用户 ID &quot;%1&quot; 长 %2 个字符；用户 ID 最多 %3 个字符。</translation>
    </message>
    <message>
        <source>A member has no id; pick the contact again.</source>
        <translation>有一个成员没有 id；请重新选择该联系人。</translation>
    </message>
    <message>
        <source>The contact with id %1 is listed twice among the members; remove one of them.</source>
        <translation>id 为 %1 的联系人在成员中出现了两次；请删除其中一个。</translation>
    </message>
    <message>
        <source>Matching rule %1 has no conditions; add one (such as severity=critical) or remove the rule.</source>
        <translation>匹配规则 %1 没有条件；请添加条件（例如 severity=critical），或删除该规则。</translation>
    </message>
    <message>
        <source>Matching rule %1: %2</source>
        <translation>匹配规则 %1：%2</translation>
    </message>
    <message>
        <source>The %1 template defines &quot;%2&quot;, but names starting with &quot;alertdesk.&quot; are AlertDesk&apos;s own in the exported bridge templates; pick another name.</source>
        <translation>%1 模板定义了“%2”，但以“alertdesk.”开头的名称是 AlertDesk 在导出的桥接模板中自用的；请换一个名称。</translation>
    </message>
</context>
<context>
    <name>alertdesk::VerifyStepPage</name>
    <message>
        <source>Verify</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>The message this policy sends for a sample alert. Send it as a test and check that it arrives in the DingTalk group.</source>
        <translation>这是该通知策略针对示例告警发送的消息。请将其作为测试发送，并确认它出现在钉钉群中。</translation>
    </message>
    <message>
        <source>Policy &quot;%1&quot; reaches no robot yet: give its contact a DingTalk chatbot, or add a robot as a recipient.</source>
        <translation>通知策略“%1”还不会发送到任何机器人：请为其联系人设置钉钉机器人，或将机器人添加为通知对象。</translation>
    </message>
    <message>
        <source>Policy &quot;%1&quot; reaches robot %2. Send a test alert and look for it in the DingTalk group.</source>
        <translation>通知策略“%1”会发送到机器人 %2。请发送测试告警，并到钉钉群中查看。</translation>
    </message>
</context>
<context>
    <name>alertdesk::WebhookField</name>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook 地址</translation>
    </message>
    <message>
        <source>Paste the webhook URL DingTalk shows (https://oapi.dingtalk.com/robot/send?…)</source>
        <translation>粘贴钉钉显示的 Webhook 地址（https://oapi.dingtalk.com/robot/send?…）</translation>
    </message>
    <message>
        <source>Webhook as stored</source>
        <translation>已保存的 Webhook</translation>
    </message>
    <message>
        <source>The token is stored in the keychain; paste a new webhook URL to replace it</source>
        <translation>access token 已保存在钥匙串中；粘贴新的 Webhook 地址即可替换</translation>
    </message>
    <message>
        <source>Paste the webhook URL DingTalk shows after you add the robot.</source>
        <translation>请粘贴添加机器人后钉钉显示的 Webhook 地址。</translation>
    </message>
    <message>
        <source>%1?access_token=•••••• (stored in the keychain)</source>
        <translation>%1?access_token=••••••（保存在钥匙串中）</translation>
    </message>
</context>
<context>
    <name>alertdesk::WebhookUrl</name>
    <message>
        <source>The webhook URL is empty; copy the whole URL DingTalk shows under Webhook and paste it here.</source>
        <translation>Webhook 地址为空；请复制钉钉在 Webhook 处显示的完整地址并粘贴到这里。</translation>
    </message>
    <message>
        <source>This is not a webhook URL; it should start with https://, like https://oapi.dingtalk.com/robot/send?access_token=... Copy the whole URL DingTalk shows under Webhook.</source>
        <translation>这不是 Webhook 地址；它应以 https:// 开头，形如 https://oapi.dingtalk.com/robot/send?access_token=... 请复制钉钉在 Webhook 处显示的完整地址。</translation>
    </message>
    <message>
        <source>This webhook URL has no host name; copy the whole URL DingTalk shows under Webhook.</source>
        <translation>该 Webhook 地址没有主机名；请复制钉钉在 Webhook 处显示的完整地址。</translation>
    </message>
    <message>
        <source>This webhook URL contains a user name or password before the host; DingTalk webhooks have none, so remove it.</source>
        <translation>该 Webhook 地址在主机名前含有用户名或密码；钉钉的 Webhook 不含这些内容，请删除。</translation>
    </message>
    <message>
        <source>This webhook URL uses plain http://, which would send the access token unencrypted; use https:// (http is allowed only for this computer, such as 127.0.0.1 or localhost).</source>
        <translation>该 Webhook 地址使用明文 http://，access token 将以未加密方式发送；请使用 https://（只有本机地址才允许 http，例如 127.0.0.1 或 localhost）。</translation>
    </message>
    <message>
        <source>This webhook URL has no access_token. Copy the whole URL DingTalk shows under Webhook.</source>
        <translation>该 Webhook 地址中没有 access_token。请复制钉钉在 Webhook 处显示的完整地址。</translation>
    </message>
    <message>
        <source>This webhook URL has two different access_token values; copy the URL of one robot only.</source>
        <translation>该 Webhook 地址中有两个不同的 access_token 值；请只复制一个机器人的地址。</translation>
    </message>
    <message>
        <source>Dropped the query parameter &quot;%1&quot;: a DingTalk webhook only needs access_token.</source>
        <translation>已去掉查询参数 &quot;%1&quot;：钉钉 Webhook 只需要 access_token。</translation>
    </message>
    <message>
        <source>Dropped the part after # from the webhook URL; DingTalk webhooks have none.</source>
        <translation>已去掉 Webhook 地址中 # 之后的部分；钉钉的 Webhook 不含这一部分。</translation>
    </message>
    <message>
        <source>This webhook goes to %1, not to DingTalk&apos;s oapi.dingtalk.com. That is fine for a proxy or a test server; otherwise check that you copied the right URL.</source>
        <translation>该 Webhook 指向 %1，而不是钉钉的 oapi.dingtalk.com。如果是代理或测试服务器则没有问题；否则请检查复制的地址是否正确。</translation>
    </message>
    <message>
        <source>DingTalk&apos;s robot webhooks end in /robot/send, but this one ends in &quot;%1&quot;; check that you copied the right URL.</source>
        <translation>钉钉机器人的 Webhook 以 /robot/send 结尾，但该地址以 &quot;%1&quot; 结尾；请检查复制的地址是否正确。</translation>
    </message>
</context>
<context>
    <name>alertdesk::WelcomePanel</name>
    <message>
        <source>Welcome to AlertDesk</source>
        <translation>欢迎使用 AlertDesk</translation>
    </message>
    <message>
        <source>This workspace is empty. AlertDesk records the DingTalk robots of your groups, the people alerts are for and the policies that route alerts to them, lets you send a test alert, and writes the configuration your servers need. How would you like to begin?</source>
        <translation>此工作区为空。AlertDesk 记录你各个群的钉钉机器人、告警的通知对象，以及将告警路由给他们的通知策略；你可以发送测试告警，AlertDesk 还会生成服务器所需的配置。你想从哪里开始？</translation>
    </message>
    <message>
        <source>Set up a DingTalk robot</source>
        <translation>设置钉钉机器人</translation>
    </message>
    <message>
        <source>A wizard walks through what you do in the DingTalk client: the robot&apos;s profile, its security settings, the terms and its webhook.</source>
        <translation>向导会带你完成在钉钉客户端中的操作：机器人的基本信息、安全设置、条款和 Webhook。</translation>
    </message>
    <message>
        <source>Import an existing setup</source>
        <translation>导入现有配置</translation>
    </message>
    <message>
        <source>Read an alertmanager.yml or a DingTalk webhook bridge configuration you already use.</source>
        <translation>读取你已在使用的 alertmanager.yml 或钉钉 Webhook 桥接服务配置。</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>从空白开始</translation>
    </message>
    <message>
        <source>Go straight to the workspace and add robots, contacts and policies yourself.</source>
        <translation>直接进入工作区，自行添加机器人、联系人和通知策略。</translation>
    </message>
</context>
<context>
    <name>alertdesk::WizardLedger</name>
    <message>
        <source>Robot &quot;%1&quot; (created, its token in the keychain)</source>
        <translation>机器人“%1”（已创建，其 access token 保存在钥匙串中）</translation>
    </message>
    <message>
        <source>Contact &quot;%1&quot; (created)</source>
        <translation>联系人“%1”（已创建）</translation>
    </message>
    <message>
        <source>Contact group &quot;%1&quot; (created)</source>
        <translation>联系人组“%1”（已创建）</translation>
    </message>
    <message>
        <source>Notification policy &quot;%1&quot; (created)</source>
        <translation>通知策略“%1”（已创建）</translation>
    </message>
    <message>
        <source>Contact group &quot;%1&quot; (the contact was added to it)</source>
        <translation>联系人组“%1”（已将联系人加入该组）</translation>
    </message>
    <message>
        <source>Notification policy &quot;%1&quot; (a recipient was added to it)</source>
        <translation>通知策略“%1”（已添加一个通知对象）</translation>
    </message>
</context>
<context>
    <name>alertdesk::Workspace</name>
    <message>
        <source>A robot named &quot;%1&quot; already exists; pick another name.</source>
        <translation>名为“%1”的机器人已存在；请换一个名称。</translation>
    </message>
    <message>
        <source>Signing is now on, so AlertDesk needs the robot&apos;s signing secret (it starts with SEC); copy it from the robot&apos;s security settings in DingTalk.</source>
        <translation>加签现已开启，AlertDesk 需要机器人的加签密钥（以 SEC 开头）；请从钉钉中该机器人的安全设置里复制。</translation>
    </message>
    <message>
        <source>The keychain has no %1 for robot &quot;%2&quot;. Paste the robot&apos;s webhook again (alertdeskctl robot edit, or Edit in the Robots page) to store it.</source>
        <translation>钥匙串中没有机器人“%2”的%1。请重新粘贴该机器人的 Webhook（alertdeskctl robot edit，或在“机器人”页面中点击“编辑”）以保存。</translation>
    </message>
    <message>
        <source>access token</source>
        <translation>access token</translation>
    </message>
    <message>
        <source>signing secret</source>
        <translation>加签密钥</translation>
    </message>
</context>
<context>
    <name>alertdesk::WorkspaceFileDialogs</name>
    <message>
        <source>AlertDesk workspaces (*.sqlite *.db)</source>
        <translation>AlertDesk 工作区 (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name for the new workspace, or use Open workspace to open this one.</source>
        <translation>%1 已存在。请为新工作区另选一个名称，或使用“打开工作区”打开这个文件。</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>打开工作区</translation>
    </message>
</context>
<context>
    <name>alertdesk::WorkspaceProblemWindow</name>
    <message>
        <source>AlertDesk — the workspace could not be opened</source>
        <translation>AlertDesk — 无法打开工作区</translation>
    </message>
    <message>
        <source>AlertDesk could not open this workspace</source>
        <translation>AlertDesk 无法打开此工作区</translation>
    </message>
    <message>
        <source>Open another workspace or start a new one. To use this one, fix what is named above and choose Try again. AlertDesk has not changed the file.</source>
        <translation>请打开其他工作区或新建一个。若要继续使用此工作区，请先解决上面所说的问题，再选择“重试”。AlertDesk 没有改动该文件。</translation>
    </message>
    <message>
        <source>&amp;Open another workspace…</source>
        <translation>打开其他工作区(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>工作区：%1</translation>
    </message>
</context>
<context>
    <name>alertdesk::startup::Messages</name>
    <message>
        <source>Run alertdesk --help to see the options.</source>
        <translation>运行 alertdesk --help 查看可用选项。</translation>
    </message>
</context>
</TS>
