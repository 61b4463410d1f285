using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Data;
using Nop.Plugin.Affiliates.Tracking.Testing.Data;
using Nop.Plugin.Affiliates.Tracking.Tests.TestSupport;
using static Nop.Plugin.Affiliates.Tracking.Tests.Sandbox.MembersTestSupport;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Sandbox;

/// <summary>
/// The affiliate area and the members page over HTTP: who may see and change what, and the apply → approve → dashboard flow.
/// </summary>
[TestFixtureSource(typeof(DatabaseEngines), nameof(DatabaseEngines.All))]
public class MembersSandboxTests : SandboxFixture
{
    private MembersTestSupport _support;
    private AffiliateMember _alice;
    private AffiliateLink _aliceLink;
    private AffiliateMember _bob;
    private AffiliateLink _bobLink;
    private string _bobEmail;

    public MembersSandboxTests(DatabaseEngine engine) : base(engine)
    {
    }

    protected override async Task OnSandboxStartedAsync()
    {
        _support = new MembersTestSupport(Server.Host);
        _alice = await _support.GetMemberByEmailAsync(SandboxDemoData.AffiliateCustomerEmail);
        _aliceLink = await _support.CreateLinkAsync(_alice.AffiliateId, "alice-secret-sale", "/product/1");

        // Bob: a second affiliate who joined through the program.
        _bobEmail = NewEmail("bob");
        using var client = Server.CreateClient();
        await RegisterAsync(client, _bobEmail, "Bob", "Member");
        var applied = await PostFormAsync(client, AccountPath, "customer/affiliate/apply", new Dictionary<string, string> { ["Application.AcceptTerms"] = "true" });
        Assert.That(applied.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var bobApplication = await _support.GetMemberByEmailAsync(_bobEmail);
        _bob = (await _support.DecideAsync(service => service.ApproveAsync(bobApplication.Id))).Member;
        _bobLink = await _support.CreateLinkAsync(_bob.AffiliateId, "bob-private-link", "/product/2");
    }

    private async Task<HttpClient> SignedInAsAsync(string email, string password)
    {
        var client = Server.CreateClient();
        await LoginAsync(client, email, password);
        return client;
    }

    private async Task<(HttpClient Client, string Email)> NewCustomerAsync(string stem)
    {
        var client = Server.CreateClient();
        var email = NewEmail(stem);
        await RegisterAsync(client, email);
        return (client, email);
    }

    private static string QrPath(AffiliateLink link, string format = "png") => $"{AccountPath}/links/{link.Id}/qr.{format}";

    private void AssertNoAffiliateData(string page)
    {
        Assert.That(page, Does.Not.Contain(_aliceLink.Slug));
        Assert.That(page, Does.Not.Contain(_bobLink.Slug));
        Assert.That(page, Does.Not.Contain("affiliate-coupons"));
        Assert.That(page, Does.Not.Contain("affiliate-link-form"));
        Assert.That(page, Does.Not.Contain("affiliate-payout-form"));
    }

    [Test]
    public async Task Guest_EveryPortalEndpoint_ChallengedAndNothingStored()
    {
        using var guest = Server.CreateClient();
        var before = await _support.CountMembersAsync();

        var page = await guest.GetAsync(AccountPath);
        var qr = await guest.GetAsync(QrPath(_aliceLink));
        var apply = await guest.PostAsync("customer/affiliate/apply", new FormUrlEncodedContent(new Dictionary<string, string> { ["Application.AcceptTerms"] = "true" }));
        var link = await guest.PostAsync("customer/affiliate/links", new FormUrlEncodedContent(new Dictionary<string, string> { ["LinkBuilder.DestinationUrl"] = "/" }));

        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(page.Headers.Location?.OriginalString, Does.Contain("/sandbox/login"));
        Assert.That(qr.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(qr.Content.Headers.ContentType?.MediaType, Is.Not.EqualTo("image/png"));
        Assert.That(apply.IsSuccessStatusCode, Is.False);
        Assert.That(link.IsSuccessStatusCode, Is.False);
        Assert.That(await _support.CountMembersAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task RegisteredNonMember_SeesApplicationFormOnly_CannotUseAffiliateEndpoints()
    {
        var (client, email) = await NewCustomerAsync("plain");
        using var _ = client;

        var page = await client.GetStringAsync(AccountPath);
        var qr = await client.GetAsync(QrPath(_aliceLink));
        var link = await PostFormAsync(client, AccountPath, "customer/affiliate/links", new Dictionary<string, string> { ["LinkBuilder.DestinationUrl"] = "/", ["LinkBuilder.Slug"] = "plain-attempt" });
        var payout = await PostFormAsync(client, AccountPath, "customer/affiliate/payout-email", new Dictionary<string, string> { ["PayoutEmail.PayoutEmail"] = "x@example.com" });

        Assert.That(StateOf(page), Is.EqualTo("Apply"));
        Assert.That(page, Does.Contain("affiliate-apply-form").And.Contain("affiliate-terms"));
        Assert.That(page, Does.Contain("data-tab=\"200\""), "My account navigation shows the Affiliate program entry, selected");
        AssertNoAffiliateData(page);
        Assert.That(qr.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(link.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(payout.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await _support.GetMemberByEmailAsync(email), Is.Null, "posting affiliate forms made nobody a member");
        Assert.That((await _support.GetLinksAsync(_alice.AffiliateId)).Select(l => l.Slug), Does.Not.Contain("plain-attempt"));
    }

    [Test]
    public async Task Applicant_SeesPendingOnly()
    {
        var (client, email) = await NewCustomerAsync("applicant");
        using var _ = client;
        var token = await GetTokenAsync(client, AccountPath);
        await PostFormWithTokenAsync(client, "customer/affiliate/apply", new Dictionary<string, string> { ["Application.AcceptTerms"] = "true", ["Application.Message"] = "My tea blog" }, token);

        var page = await client.GetStringAsync(AccountPath);
        var again = await PostFormWithTokenAsync(client, "customer/affiliate/apply", new Dictionary<string, string> { ["Application.AcceptTerms"] = "true" }, token);
        var qr = await client.GetAsync(QrPath(_aliceLink));

        Assert.That(StateOf(page), Is.EqualTo("Pending"));
        Assert.That(page, Does.Contain("affiliate-pending"));
        AssertNoAffiliateData(page);
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "a second application is refused");
        Assert.That(await client.GetStringAsync(AccountPath), Does.Contain("You have already applied"));
        Assert.That(qr.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var member = await _support.GetMemberByEmailAsync(email);
        Assert.That(member.Status, Is.EqualTo(MemberStatus.Applied));
        Assert.That(member.ApplicationMessage, Is.EqualTo("My tea blog"));
    }

    [TestCase(MemberStatus.Suspended, "affiliate-suspended")]
    [TestCase(MemberStatus.Rejected, "affiliate-rejected")]
    public async Task SuspendedOrRejectedMember_SeesMessageAndNoData_EvenForOwnLinks(MemberStatus status, string marker)
    {
        var (client, email) = await NewCustomerAsync(status.ToString().ToLowerInvariant());
        using var _ = client;
        var token = await GetTokenAsync(client, AccountPath);
        await PostFormWithTokenAsync(client, "customer/affiliate/apply", new Dictionary<string, string> { ["Application.AcceptTerms"] = "true" }, token);
        var member = await _support.GetMemberByEmailAsync(email);
        AffiliateLink ownLink = null;
        if (status == MemberStatus.Suspended)
        {
            member = (await _support.DecideAsync(s => s.ApproveAsync(member.Id))).Member;
            ownLink = await _support.CreateLinkAsync(member.AffiliateId, $"own-{Guid.NewGuid():N}"[..12], "/");
            await _support.DecideAsync(s => s.SuspendAsync(member.Id));
        }
        else
        {
            await _support.DecideAsync(s => s.RejectAsync(member.Id));
        }

        var page = await client.GetStringAsync(AccountPath);

        Assert.That(StateOf(page), Is.EqualTo(status.ToString()));
        Assert.That(page, Does.Contain(marker));
        AssertNoAffiliateData(page);
        if (ownLink is not null)
        {
            Assert.That(page, Does.Not.Contain(ownLink.Slug));
            Assert.That((await client.GetAsync(QrPath(ownLink))).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            var create = await PostFormWithTokenAsync(client, "customer/affiliate/links", new Dictionary<string, string> { ["LinkBuilder.DestinationUrl"] = "/", ["LinkBuilder.Slug"] = "suspended-new" }, token);
            Assert.That(create.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That((await _support.GetLinksAsync(member.AffiliateId)).Select(l => l.Slug), Does.Not.Contain("suspended-new"));
        }
    }

    [Test]
    public async Task AffiliateA_CannotSeeOrUseAffiliateBsLinks()
    {
        using var alice = await SignedInAsAsync(SandboxDemoData.AffiliateCustomerEmail, SandboxDemoData.AffiliateCustomerPassword);

        var page = await alice.GetStringAsync(AccountPath);
        var own = await alice.GetAsync(QrPath(_aliceLink));
        var ownSvg = await alice.GetAsync(QrPath(_aliceLink, "svg"));
        var bobsPng = await alice.GetAsync(QrPath(_bobLink));
        var bobsSvg = await alice.GetAsync(QrPath(_bobLink, "svg"));
        var unknown = await alice.GetAsync($"{AccountPath}/links/999999/qr.png");
        var badFormat = await alice.GetAsync(QrPath(_aliceLink, "gif"));

        Assert.That(StateOf(page), Is.EqualTo("Dashboard"));
        Assert.That(page, Does.Contain(_aliceLink.Slug));
        Assert.That(page, Does.Not.Contain(_bobLink.Slug));
        Assert.That(own.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(own.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/png"));
        Assert.That((await own.Content.ReadAsByteArrayAsync())[..4], Is.EqualTo(new byte[] { 0x89, 0x50, 0x4E, 0x47 }));
        Assert.That(ownSvg.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/svg+xml"));
        Assert.That(await ownSvg.Content.ReadAsStringAsync(), Does.StartWith("<svg"));
        Assert.That(bobsPng.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(bobsSvg.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(badFormat.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task CreateLink_ForgedAffiliateIdIgnored_LinkIsAlwaysTheCallers()
    {
        using var alice = await SignedInAsAsync(SandboxDemoData.AffiliateCustomerEmail, SandboxDemoData.AffiliateCustomerPassword);
        var slug = $"forged-{Guid.NewGuid():N}"[..14];

        var response = await PostFormAsync(alice, AccountPath, "customer/affiliate/links", new Dictionary<string, string>
        {
            ["LinkBuilder.DestinationUrl"] = "/cart", ["LinkBuilder.Slug"] = slug,
            ["AffiliateId"] = _bob.AffiliateId.ToString(), ["LinkBuilder.AffiliateId"] = _bob.AffiliateId.ToString()
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That((await _support.GetLinksAsync(_alice.AffiliateId)).Select(l => l.Slug), Does.Contain(slug));
        Assert.That((await _support.GetLinksAsync(_bob.AffiliateId)).Select(l => l.Slug), Does.Not.Contain(slug));
    }

    [Test]
    public async Task Posts_WithoutAntiforgeryToken_RefusedAndNothingChanged()
    {
        using var alice = await SignedInAsAsync(SandboxDemoData.AffiliateCustomerEmail, SandboxDemoData.AffiliateCustomerPassword);
        var (applicant, email) = await NewCustomerAsync("notoken");
        using var _ = applicant;

        var link = await PostFormAsync(alice, AccountPath, "customer/affiliate/links", new Dictionary<string, string> { ["LinkBuilder.DestinationUrl"] = "/", ["LinkBuilder.Slug"] = "no-token-link" }, withToken: false);
        var payout = await PostFormAsync(alice, AccountPath, "customer/affiliate/payout-email", new Dictionary<string, string> { ["PayoutEmail.PayoutEmail"] = "hijack@example.com" }, withToken: false);
        var apply = await PostFormAsync(applicant, AccountPath, "customer/affiliate/apply", new Dictionary<string, string> { ["Application.AcceptTerms"] = "true" }, withToken: false);

        Assert.That(link.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(payout.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(apply.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await _support.GetLinksAsync(_alice.AffiliateId)).Select(l => l.Slug), Does.Not.Contain("no-token-link"));
        Assert.That((await _support.GetMemberByEmailAsync(SandboxDemoData.AffiliateCustomerEmail)).PayoutEmail, Is.Not.EqualTo("hijack@example.com"));
        Assert.That(await _support.GetMemberByEmailAsync(email), Is.Null);
    }

    [TestCase("javascript:alert(1)", null, "Links.Errors.")]
    [TestCase("https://evil.example/phish", null, "Links.Errors.")]
    [TestCase("//evil.example/", null, "Links.Errors.")]
    [TestCase("/product/1", "Bad Slug!", "Links.Errors.")]
    public async Task CreateLink_BadInput_ClearMessageAndNoLink(string destination, string slug, string _)
    {
        using var alice = await SignedInAsAsync(SandboxDemoData.AffiliateCustomerEmail, SandboxDemoData.AffiliateCustomerPassword);
        var before = (await _support.GetLinksAsync(_alice.AffiliateId)).Count;

        var response = await PostFormAsync(alice, AccountPath, "customer/affiliate/links", new Dictionary<string, string>
        {
            ["LinkBuilder.DestinationUrl"] = destination, ["LinkBuilder.Slug"] = slug ?? string.Empty
        });
        var page = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page, Does.Contain("field-validation-error"));
        Assert.That(page, Does.Not.Contain("Plugins.Affiliates.Tracking."), "the message is text, not a resource key");
        Assert.That((await _support.GetLinksAsync(_alice.AffiliateId)).Count, Is.EqualTo(before));
    }

    [Test]
    public async Task CreateLink_OverLongDestination_Refused()
    {
        using var alice = await SignedInAsAsync(SandboxDemoData.AffiliateCustomerEmail, SandboxDemoData.AffiliateCustomerPassword);

        var response = await PostFormAsync(alice, AccountPath, "customer/affiliate/links", new Dictionary<string, string>
        {
            ["LinkBuilder.DestinationUrl"] = "/?q=" + new string('x', 3000)
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("field-validation-error"));
    }

    [Test]
    public async Task Apply_BadInput_ClearMessagesAndNothingStored()
    {
        var (client, email) = await NewCustomerAsync("badinput");
        using var _ = client;

        var response = await PostFormAsync(client, AccountPath, "customer/affiliate/apply", new Dictionary<string, string>
        {
            ["Application.AcceptTerms"] = "false", ["Application.Message"] = new string('m', 1001), ["Application.PayoutEmail"] = "not-an-email"
        });
        var page = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page, Does.Contain("Please accept the affiliate program terms."));
        Assert.That(page, Does.Contain("The message can have at most 1000 characters."));
        Assert.That(page, Does.Contain("Enter a valid e-mail address"));
        Assert.That(await _support.GetMemberByEmailAsync(email), Is.Null);
    }

    [Test]
    public async Task PayoutEmail_Affiliate_SavedAndBadValueRefused()
    {
        using var alice = await SignedInAsAsync(SandboxDemoData.AffiliateCustomerEmail, SandboxDemoData.AffiliateCustomerPassword);

        var bad = await PostFormAsync(alice, AccountPath, "customer/affiliate/payout-email", new Dictionary<string, string> { ["PayoutEmail.PayoutEmail"] = "a@b" });
        var good = await PostFormAsync(alice, AccountPath, "customer/affiliate/payout-email", new Dictionary<string, string> { ["PayoutEmail.PayoutEmail"] = " alice.pay@example.com " });

        Assert.That(bad.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await bad.Content.ReadAsStringAsync(), Does.Contain("Enter a valid e-mail address"));
        Assert.That(good.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That((await _support.GetMemberByEmailAsync(SandboxDemoData.AffiliateCustomerEmail)).PayoutEmail, Is.EqualTo("alice.pay@example.com"));
    }

    private async Task<(HttpClient Client, string Email, AffiliateMember Member)> NewApplicantAsync(string stem)
    {
        var (client, email) = await NewCustomerAsync(stem);
        await PostFormAsync(client, AccountPath, "customer/affiliate/apply", new Dictionary<string, string> { ["Application.AcceptTerms"] = "true" });
        return (client, email, await _support.GetMemberByEmailAsync(email));
    }

    [Test]
    public async Task MembersAdmin_GuestShopperAndAdminWithoutPermission_NoDataAndNoChanges()
    {
        using var guest = Server.CreateClient();
        using var shopper = await SignedInAsAsync(SandboxDemoData.ShopperEmail, SandboxDemoData.ShopperPassword);
        using var clerk = Server.CreateClient();
        await _support.CreateAdminWithoutAffiliatePermissionAsync(clerk);
        var (applicant, applicantEmail, member) = await NewApplicantAsync("waiting");
        using var _ = applicant;

        foreach (var (name, client) in new[] { ("guest", guest), ("shopper", shopper), ("clerk", clerk) })
        {
            var list = await client.GetAsync(MembersAdminPath);
            var body = await list.Content.ReadAsStringAsync();
            Assert.That(list.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), name);
            Assert.That(body, Does.Not.Contain(applicantEmail), name);
            Assert.That(body, Does.Not.Contain("members-grid"), name);

            // The grid's data endpoint, as a form post and as the grid's ajax post, with a token the caller may hold.
            var token = await TryGetTokenAsync(client, "sandbox/login");
            foreach (var ajax in new[] { false, true })
            {
                var data = await PostListAsync(client, token, ajax, ("SearchKeywords", applicantEmail));
                var dataBody = await data.Content.ReadAsStringAsync();
                Assert.That(dataBody, Does.Not.Contain(applicantEmail).And.Not.Contain("RecordsTotal").And.Not.Contain("\"Data\""), $"{name} ajax={ajax}");
                // Signed in (admin area refused by permission): JSON { error } to the grid; guests are sent to log in
                // (an ajax request is answered 401 instead of the redirect).
                if (ajax && data.StatusCode == HttpStatusCode.OK)
                    Assert.That(JsonDocument.Parse(dataBody).RootElement.GetProperty("error").GetString(), Is.Not.Empty, name);
                else
                    Assert.That(data.StatusCode, ajax ? Is.EqualTo(HttpStatusCode.Redirect).Or.EqualTo(HttpStatusCode.Unauthorized) : Is.EqualTo(HttpStatusCode.Redirect), $"{name} ajax={ajax}");
            }

            var approve = await client.PostAsync(MembersActionPath("Approve"), new FormUrlEncodedContent(new Dictionary<string, string> { ["Id"] = member.Id.ToString() }));
            Assert.That(approve.IsSuccessStatusCode, Is.False, name);
            var approveWithToken = await PostFormWithTokenAsync(client, MembersActionPath("Approve"), new Dictionary<string, string> { ["Id"] = member.Id.ToString() }, token);
            Assert.That(await approveWithToken.Content.ReadAsStringAsync(), Does.Not.Contain("\"success\":true"), name);
            Assert.That((await _support.GetMemberByEmailAsync(applicantEmail)).Status, Is.EqualTo(MemberStatus.Applied), name);
        }

        var clerkList = await clerk.GetAsync(MembersAdminPath);
        Assert.That(clerkList.Headers.Location?.OriginalString, Does.Contain("AccessDenied"), "admin area allowed, affiliate permission missing");
    }

    [Test]
    public async Task MembersAdmin_Page_RendersSearchAndDataTablesGrid()
    {
        using var admin = await SignedInAsAsync(SandboxDemoData.AdminEmail, SandboxDemoData.AdminPassword);

        var response = await admin.GetAsync(MembersAdminPath);
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), html);
        Assert.That(html, Does.Contain("id=\"members-grid\""));
        Assert.That(html, Does.Contain("data-url=\"/Admin/AffiliateTracking/Members/List\""));
        Assert.That(html, Does.Contain("data-filters=\"SearchKeywords,SearchStatusId\""));
        Assert.That(html, Does.Contain("custom:renderMemberActions"));
        Assert.That(html, Does.Contain("id=\"SearchKeywords\"").And.Contain("id=\"SearchStatusId\""));
        Assert.That(html, Does.Contain("name=\"__RequestVerificationToken\""));
        Assert.That(html, Does.Contain("Suspended"), "status list is localized");
        Assert.That(html, Does.Contain("id=\"active-menu-item\">Affiliates.Tracking.Members<"));
        Assert.That(html, Does.Not.Contain(SandboxDemoData.AffiliateCustomerEmail), "rows come from the list endpoint, not the page");
    }

    [Test]
    public async Task MemberList_KeywordsAndStatus_FilterAndPageServerSide()
    {
        using var admin = await SignedInAsAsync(SandboxDemoData.AdminEmail, SandboxDemoData.AdminPassword);
        var token = await GetTokenAsync(admin, MembersAdminPath);
        var stem = $"grid{Guid.NewGuid():N}"[..10];
        var applicants = new List<(HttpClient Client, string Email, AffiliateMember Member)>();
        for (var i = 0; i < 5; i++)
            applicants.Add(await NewApplicantAsync(stem));
        await _support.DecideAsync(service => service.ApproveAsync(applicants[0].Member.Id));

        var pages = new List<JsonElement>();
        for (var start = 0; start < 6; start += 2)
            pages.Add(await ListJsonAsync(admin, token, ("SearchKeywords", stem.ToUpperInvariant()), ("start", start.ToString()), ("length", "2"), ("draw", "7")));
        var applied = await ListJsonAsync(admin, token, ("SearchKeywords", stem), ("SearchStatusId", ((int)MemberStatus.Applied).ToString()));
        var approved = await ListJsonAsync(admin, token, ("SearchKeywords", stem), ("SearchStatusId", ((int)MemberStatus.Approved).ToString()));
        var everyone = await ListJsonAsync(admin, token);

        Assert.That(pages.Select(page => page.GetProperty("RecordsTotal").GetInt32()), Has.All.EqualTo(5));
        Assert.That(pages.Select(page => page.GetProperty("Data").GetArrayLength()), Is.EqualTo(new[] { 2, 2, 1 }));
        Assert.That(pages[0].GetProperty("Draw").GetString(), Is.EqualTo("7"));
        var paged = pages.SelectMany(page => Emails(page)).ToList();
        Assert.That(paged, Is.EquivalentTo(applicants.Select(a => a.Email)), "the pages together hold every match once");
        Assert.That(paged, Is.EqualTo(applicants.Select(a => a.Email).Reverse()), "newest application first");
        Assert.That(Emails(applied), Is.EquivalentTo(applicants.Skip(1).Select(a => a.Email)));
        Assert.That(Emails(approved), Is.EqualTo(new[] { applicants[0].Email }));
        var row = approved.GetProperty("Data")[0];
        Assert.That(row.GetProperty("StatusName").GetString(), Is.EqualTo("Approved"));
        Assert.That(row.GetProperty("AffiliateId").GetInt32(), Is.GreaterThan(0));
        Assert.That((row.GetProperty("CanSuspend").GetBoolean(), row.GetProperty("CanApprove").GetBoolean()), Is.EqualTo((true, false)));
        Assert.That(everyone.GetProperty("RecordsTotal").GetInt32(), Is.GreaterThanOrEqualTo(7), "no filter: every member");
        Assert.That(everyone.GetProperty("Data").GetArrayLength(), Is.EqualTo(15), "the page size asked for");
        foreach (var applicant in applicants)
            applicant.Client.Dispose();
    }

    [TestCase("-40", "-3", 15, TestName = "MemberList_NegativePaging_FirstDefaultPage")]
    [TestCase("0", "100000", 100, TestName = "MemberList_HugeLength_ClampedToMaximum")]
    [TestCase("2147483647", "100", 0, TestName = "MemberList_HugeStart_EmptyPageNotFailure")]
    public async Task MemberList_BadPaging_Clamped(string start, string length, int expectedMaxRows)
    {
        using var admin = await SignedInAsAsync(SandboxDemoData.AdminEmail, SandboxDemoData.AdminPassword);
        var token = await GetTokenAsync(admin, MembersAdminPath);
        for (var i = 0; i < 3; i++)
            (await NewApplicantAsync("clamp")).Client.Dispose();

        var json = await ListJsonAsync(admin, token, ("start", start), ("length", length));

        var total = json.GetProperty("RecordsTotal").GetInt32();
        Assert.That(total, Is.GreaterThan(3));
        Assert.That(json.GetProperty("Data").GetArrayLength(), Is.EqualTo(Math.Min(total, expectedMaxRows)));
    }

    [TestCase("SearchKeywords", null, "at most 254 characters", TestName = "MemberList_OverLongKeywords_BadRequest")]
    [TestCase("SearchStatusId", "77", "Choose a status", TestName = "MemberList_UnknownStatus_BadRequest")]
    [TestCase("SearchStatusId", "-10", "Choose a status", TestName = "MemberList_NegativeStatus_BadRequest")]
    [TestCase("start", "abc", "Start", TestName = "MemberList_NonNumericStart_BadRequest")]
    [TestCase("length", "1e9", "Length", TestName = "MemberList_NonNumericLength_BadRequest")]
    public async Task MemberList_BadFilter_BadRequestWithMessageAndNoRows(string name, string value, string message)
    {
        using var admin = await SignedInAsAsync(SandboxDemoData.AdminEmail, SandboxDemoData.AdminPassword);
        var token = await GetTokenAsync(admin, MembersAdminPath);

        var response = await PostListAsync(admin, token, true, (name, value ?? "x" + new string('y', 300)));
        var body = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), body);
        Assert.That(JsonDocument.Parse(body).RootElement.GetProperty("error").GetString(), Does.Contain(message));
        Assert.That(body, Does.Not.Contain(SandboxDemoData.AffiliateCustomerEmail).And.Not.Contain("Plugins.Affiliates.Tracking."));
    }

    [Test]
    public async Task MemberList_WithoutAntiforgeryToken_Refused()
    {
        using var admin = await SignedInAsAsync(SandboxDemoData.AdminEmail, SandboxDemoData.AdminPassword);

        var response = await PostListAsync(admin, null, true);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Not.Contain(SandboxDemoData.AffiliateCustomerEmail));
    }

    [Test]
    public async Task MembersAdmin_Administrator_DecidesWithAjaxAndGetsClearResults()
    {
        using var admin = await SignedInAsAsync(SandboxDemoData.AdminEmail, SandboxDemoData.AdminPassword);
        var (applicant, applicantEmail, member) = await NewApplicantAsync("decide");
        using var _ = applicant;
        var token = await GetTokenAsync(admin, MembersAdminPath);
        Task<JsonElement> DecideAsync(string action, params (string Name, string Value)[] extra)
        {
            var fields = new Dictionary<string, string> { ["Id"] = member.Id.ToString() };
            foreach (var (name, value) in extra)
                fields[name] = value;
            return DecisionJsonAsync(admin, action, fields, token);
        }

        var unreadable = await DecideAsync("Approve", ("ExistingAffiliateId", "not-a-number"));
        var afterUnreadable = await _support.GetMemberByEmailAsync(applicantEmail);
        var approve = await DecideAsync("Approve", ("AdminNote", "ok"));
        var suspend = await DecideAsync("Suspend");
        var suspended = await _support.GetMemberByEmailAsync(applicantEmail);
        var reinstate = await DecideAsync("Reinstate");
        var wrong = await DecideAsync("Reject");
        var unknown = await DecisionJsonAsync(admin, "Suspend", new Dictionary<string, string> { ["Id"] = "999999" }, token);
        var listed = await ListJsonAsync(admin, token, ("SearchKeywords", applicantEmail));

        Assert.That(unreadable.GetProperty("success").GetBoolean(), Is.False);
        Assert.That(unreadable.GetProperty("error").GetString(), Does.Contain("ExistingAffiliateId"));
        Assert.That(afterUnreadable.Status, Is.EqualTo(MemberStatus.Applied), "an unreadable affiliate id is not taken as none");
        foreach (var ok in new[] { approve, suspend, reinstate })
            Assert.That((ok.GetProperty("success").GetBoolean(), ok.GetProperty("message").GetString()), Is.EqualTo((true, "The membership has been updated.")));
        Assert.That(suspended.Status, Is.EqualTo(MemberStatus.Suspended));
        Assert.That((wrong.GetProperty("success").GetBoolean(), wrong.GetProperty("error").GetString()),
            Is.EqualTo((false, "This change is not possible in the member's current status.")));
        Assert.That(unknown.GetProperty("error").GetString(), Is.EqualTo("The program member was not found."));
        var final = await _support.GetMemberByEmailAsync(applicantEmail);
        Assert.That(final.Status, Is.EqualTo(MemberStatus.Approved), "reject after approval is refused");
        Assert.That(final.AdminNote, Is.EqualTo("ok"));
        var row = listed.GetProperty("Data")[0];
        Assert.That((row.GetProperty("StatusName").GetString(), row.GetProperty("AdminNote").GetString()), Is.EqualTo(("Approved", "ok")));
    }

    [Test]
    public async Task MembersAdmin_DecisionWithoutAntiforgeryToken_RefusedAndNothingChanged()
    {
        using var admin = await SignedInAsAsync(SandboxDemoData.AdminEmail, SandboxDemoData.AdminPassword);
        var (applicant, applicantEmail, member) = await NewApplicantAsync("csrf");
        using var _ = applicant;

        var response = await PostFormWithTokenAsync(admin, MembersActionPath("Approve"), new Dictionary<string, string> { ["Id"] = member.Id.ToString() }, null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await _support.GetMemberByEmailAsync(applicantEmail)).Status, Is.EqualTo(MemberStatus.Applied));
    }

    private static string MembersActionPath(string action) => $"Admin/AffiliateTrackingMember/{action}";

    private static IEnumerable<string> Emails(JsonElement list) =>
        list.GetProperty("Data").EnumerateArray().Select(row => row.GetProperty("CustomerEmail").GetString());

    private static Task<HttpResponseMessage> PostListAsync(HttpClient client, string token, bool ajax, params (string Name, string Value)[] fields) =>
        GridListRequests.PostAsync(client, MembersListPath, token, ajax, pageSize: 15, fields);

    private static Task<JsonElement> ListJsonAsync(HttpClient client, string token, params (string Name, string Value)[] fields) =>
        GridListRequests.JsonAsync(client, MembersListPath, token, pageSize: 15, fields);

    private static async Task<JsonElement> DecisionJsonAsync(HttpClient client, string action, IDictionary<string, string> fields, string token)
    {
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        using var request = new HttpRequestMessage(HttpMethod.Post, MembersActionPath(action)) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("X-Requested-With", "XMLHttpRequest");
        var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static async Task<string> TryGetTokenAsync(HttpClient client, string path)
    {
        var html = await (await client.GetAsync(path)).Content.ReadAsStringAsync();
        var match = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    [Test]
    public async Task Flow_AutoApprove_ApplyLeadsStraightToDashboardAndEmailsQueued()
    {
        await _support.UpdateSettingsAsync(settings => settings.AutoApproveApplications = true);
        try
        {
            var (client, email) = await NewCustomerAsync("auto");
            using var _ = client;

            var apply = await PostFormAsync(client, AccountPath, "customer/affiliate/apply", new Dictionary<string, string> { ["Application.AcceptTerms"] = "true" });
            var page = await client.GetStringAsync(AccountPath);
            var create = await PostFormAsync(client, AccountPath, "customer/affiliate/links", new Dictionary<string, string> { ["LinkBuilder.DestinationUrl"] = "/cart" });
            var withLink = await client.GetStringAsync(AccountPath);
            using var api = Server.CreateClient();
            var emails = await api.GetFromJsonAsync<List<EmailJson>>("sandbox/api/emails");

            Assert.That(apply.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(StateOf(page), Is.EqualTo("Dashboard"));
            Assert.That(page, Does.Contain("affiliate-link-form").And.Contain("affiliate-payout-form"));
            Assert.That(create.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(withLink, Does.Contain("/go/"));
            var member = await _support.GetMemberByEmailAsync(email);
            Assert.That(member.Status, Is.EqualTo(MemberStatus.Approved));
            Assert.That((await _support.GetLinksAsync(member.AffiliateId)), Has.Count.EqualTo(1));
            var mine = emails.Where(e => e.Body.Contains(email) || e.To == email).Select(e => e.TemplateName).ToList();
            Assert.That(mine, Is.EquivalentTo(new[]
            {
                AffiliateTrackingDefaults.ApplicationReceivedStoreOwnerTemplate, AffiliateTrackingDefaults.ApplicationReceivedApplicantTemplate,
                AffiliateTrackingDefaults.ApplicationApprovedTemplate
            }));
        }
        finally
        {
            await _support.UpdateSettingsAsync(settings => settings.AutoApproveApplications = false);
        }
    }

    private sealed record EmailJson(int Id, string TemplateName, string To, string Subject, string Body);
}
