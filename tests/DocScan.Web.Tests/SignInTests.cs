using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DocScan.Web.Tests;

/// <summary>The page's own sign-in form (docscan serve's local users).</summary>
[Collection(SiteCollection.Name)]
public sealed class SignInTests(SiteFixture site)
{
    [Fact]
    public async Task Wrong_password_is_said_in_words_and_the_password_box_is_emptied()
    {
        await using var session = await site.NewSessionAsync();
        var page = session.Page;
        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "登入" })).ToBeVisibleAsync();

        await page.GetByLabel("姓名").FillAsync(SiteFixture.Reviewer.Name);
        await page.GetByLabel("密碼").FillAsync(SiteFixture.Reviewer.Password + "x");
        await page.GetByRole(AriaRole.Button, new() { Name = "登入", Exact = true }).ClickAsync();

        var alert = page.GetByRole(AriaRole.Alert);
        await Expect(alert).ToBeVisibleAsync();
        // The host's own words (帳號或密碼不正確。), not a status code.
        await Expect(alert).ToContainTextAsync("密碼");
        await Expect(alert).Not.ToContainTextAsync("401");
        await Expect(page.GetByLabel("密碼")).ToHaveValueAsync("");
        await Expect(page.GetByLabel("密碼")).ToBeFocusedAsync();
        await Expect(page.Locator("#queue-view")).ToBeHiddenAsync();
        await Expect(page.Locator("#user-bar")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Behind_platform_authentication_an_ended_session_goes_to_the_platform_sign_in()
    {
        await using var session = await site.NewSessionAsync();
        var page = session.Page;
        // What App Service authentication answers for an Entra session that has run out: 401, no body.
        await page.RouteAsync("**/api/review/me", route => route.FulfillAsync(new() { Status = 401, Body = "" }));
        // The platform's sign-in page is not part of this host: stop the navigation there and look at where it went.
        await page.RouteAsync("**/.auth/login/**", route => route.FulfillAsync(new() { Status = 200, ContentType = "text/plain", Body = "Entra ID" }));

        // Listening before the page loads: the page may leave for the sign-in before a later wait would start.
        var signIn = await page.RunAndWaitForRequestAsync(() => page.GotoAsync("/api/reviewer/"), request => request.Url.Contains("/.auth/login/", StringComparison.Ordinal));

        Assert.EndsWith("/.auth/login/aad?post_login_redirect_uri=%2Fapi%2Freviewer%2F", signIn.Url, StringComparison.Ordinal);
        Assert.True(signIn.IsNavigationRequest);
    }

    [Fact]
    public async Task Signing_out_in_another_tab_brings_back_the_form_at_the_next_action()
    {
        await using var reviewer = await site.SignedInAsync(SiteFixture.Reviewer);
        var page = reviewer.Page;
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "待審核文件" })).ToBeVisibleAsync();

        var other = await reviewer.Context.NewPageAsync();
        await other.GotoAsync("/");
        await other.GetByRole(AriaRole.Button, new() { Name = "登出" }).ClickAsync();
        await Expect(other.GetByRole(AriaRole.Heading, new() { Name = "登入" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "查詢", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "登入" })).ToBeVisibleAsync();
        await Expect(page.Locator("#queue-view")).ToBeHiddenAsync();
        await Expect(page.Locator("#user-bar")).ToBeHiddenAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("登入");
    }
}
