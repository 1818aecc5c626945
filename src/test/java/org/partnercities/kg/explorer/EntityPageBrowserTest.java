package org.partnercities.kg.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.partnercities.kg.BrowserTestSupport;

/** The linked-data pages in a real browser: readable, linked, offline. */
class EntityPageBrowserTest extends BrowserTestSupport {

    @Test
    void personPageShowsHerSchoolAndTheSentenceThatSaysSo() {
        browser.get(url("/id/person/sitnova-elena-vladimirovna"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Ситнова Елена Владимировна");
        browser.findElement(By.cssSelector("a[href='/id/school/ivanovo-56']")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Школа № 56");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("команда ивановской школы № 56 стала участником межрегионального семинара");
        screenshot("entity-page");
    }
}
