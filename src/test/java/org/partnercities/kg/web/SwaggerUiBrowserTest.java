package org.partnercities.kg.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.partnercities.kg.BrowserTestSupport;

/**
 * Swagger UI under the Content-Security-Policy in a real browser: it draws the API's operations
 * and can try one out, with no console error (a refused script or style would be one) and
 * nothing fetched from elsewhere.
 */
class SwaggerUiBrowserTest extends BrowserTestSupport {

    @Test
    void swaggerUiShowsTheApiAndRunsAnOperation() {
        browser.get(url("/swagger-ui.html"));
        waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock-summary-path[data-path='/api/cities']")));
        assertThat(browser.findElements(By.cssSelector(".opblock")).size()).isGreaterThan(10);
        browser.findElement(By.cssSelector(".opblock-summary-path[data-path='/api/cities']")).click();
        waitUpTo(10).until(ExpectedConditions.elementToBeClickable(By.cssSelector(".try-out__btn"))).click();
        waitUpTo(10).until(ExpectedConditions.elementToBeClickable(By.cssSelector(".execute"))).click();
        waitUpTo(20).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".responses-wrapper .live-responses-table"), "Иваново"));
        screenshot("swagger-ui");
    }
}
