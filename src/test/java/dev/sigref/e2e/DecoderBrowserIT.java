package dev.sigref.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The decoder as a person uses it: in a real browser, with the real content, against the running application. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DecoderBrowserIT {

	static ChromeDriver driver;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() throws IOException {
		Browser.assumeInstalled();
		driver = Browser.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (driver != null) {
			driver.quit();
		}
	}

	static String fixture(String name) {
		return dev.sigref.decode.DecodeFixtures.read(name);
	}

	private WebDriverWait waiting() {
		return new WebDriverWait(driver, Duration.ofSeconds(20));
	}

	/** Puts the text into the textarea the way a paste does, without typing it key by key. */
	private void paste(String text) {
		WebElement area = driver.findElement(By.id("message"));
		((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", area, text);
	}

	private void openDecoder() {
		driver.get("http://localhost:" + port + "/decode");
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("message")));
	}

	@Test
	void decodesAPastedInviteWithCtrlEnterAndFollowsTheReferenceLink() throws IOException {
		openDecoder();
		paste(fixture("invite.sip"));
		driver.findElement(By.id("message")).sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("result")));
		assertThat(driver.findElement(By.cssSelector("#msg-1 .what strong")).getText())
			.isEqualTo("INVITE request to sip:+12025550199@ims.example.net;user=phone");
		driver.findElement(By.cssSelector("#msg-1 a.reference")).click();
		waiting().until(ExpectedConditions.urlContains("/messages/ims/invite"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("INVITE");
	}

	@Test
	void aShareLinkCarriesThePasteAndDecodesItAgain() throws IOException {
		openDecoder();
		paste(fixture("register-aka.sip"));
		driver.findElement(By.id("share")).click();
		WebElement shareUrl = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("share-url")));
		String link = waiting().until(d -> {
			String v = shareUrl.getDomProperty("value");
			return v != null && v.contains("#z=") ? v : null;
		});
		assertThat(link).startsWith("http://localhost:" + port + "/decode#z=").doesNotContain("310260123456789");
		driver.get("about:blank");
		driver.get(link);
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("result")));
		assertThat(driver.findElement(By.cssSelector("#msg-1 .what strong")).getText()).startsWith("REGISTER request");
		assertThat(driver.findElement(By.id("message")).getDomProperty("value")).contains("utran-cell-id-3gpp=3102601A2B01C3D05");
	}

	@Test
	void aHostilePasteRunsNoScriptOnThePageOrThroughAShareLink() throws IOException {
		String hostile = fixture("hostile-604.sip").replace("alert(1)", "window.__pwned=1").replace("alert(2)",
				"window.__pwned=2");
		openDecoder();
		paste(hostile);
		driver.findElement(By.cssSelector("#decode-form button[type=submit]:not([name])")).click();
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("result")));
		assertNoScriptRan(driver);
		assertThat(driver.getPageSource()).contains("&lt;svg onload=window.__pwned=1&gt;");

		driver.findElement(By.id("share")).click();
		WebElement shareUrl = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("share-url")));
		String link = waiting().until(d -> {
			String v = shareUrl.getDomProperty("value");
			return v != null && v.contains("#z=") ? v : null;
		});
		driver.get("about:blank");
		driver.get(link);
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("result")));
		assertNoScriptRan(driver);
	}

	private static void assertNoScriptRan(WebDriver driver) {
		Object pwned = ((JavascriptExecutor) driver).executeScript("return window.__pwned === undefined ? null : window.__pwned;");
		assertThat(pwned).as("a script from the paste ran").isNull();
		try {
			driver.switchTo().alert();
			throw new AssertionError("an alert opened");
		}
		catch (NoAlertPresentException expected) {
			// nothing opened: the paste stayed text
		}
	}

}
